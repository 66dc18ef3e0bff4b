export const MY_COACHEES_PATH = '/coach/coachees';

/** A coach's page of one coachee's results and competency records. */
export const coacheeRecordsPath = (userId: string) => `${MY_COACHEES_PATH}/${encodeURIComponent(userId)}`;
