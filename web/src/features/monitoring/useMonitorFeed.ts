import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { reduceFeed } from './feedState';
import { MonitorConnection, type Connection } from './monitorConnection';

/** The live state of one exam room, pushed by the server; `refresh` fetches a snapshot when the stream is down. */
export function useMonitorFeed(assessmentId: string) {
  const [state, dispatch] = useReducer(reduceFeed, null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [failure, setFailure] = useState<unknown>(null);
  const current = useRef<MonitorConnection | null>(null);

  useEffect(() => {
    const feed = new MonitorConnection(assessmentId, { event: dispatch, connection: setConnection, failure: setFailure });
    current.current = feed;
    feed.start();
    return () => feed.stop();
  }, [assessmentId]);

  const refresh = useCallback(() => current.current?.refresh(), []);
  return { state, connection, failure, refresh };
}
