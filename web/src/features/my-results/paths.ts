/** The worker's history of finished attempts. */
export const MY_RESULTS_PATH = '/me/results';

/** The result page of one of the worker's attempts. */
export const myResultPath = (sessionId: string) => `${MY_RESULTS_PATH}/${encodeURIComponent(sessionId)}`;
