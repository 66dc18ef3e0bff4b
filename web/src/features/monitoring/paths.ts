export const MONITORING_PATH = '/hc/monitoring';

export const monitorPath = (assessmentId: string) => `${MONITORING_PATH}/${encodeURIComponent(assessmentId)}`;
