/** An application's own fields as every reading of it returns them (JSON columns parsed). */
export interface ApplicationFields {
  id: string;
  referenceNo: string;
  title: string;
  abstract: string;
  keywords: string[];
  discipline: string;
  challengeId: string | null;
  piName: string;
  institution: string;
  email: string;
  team: string[];
  durationMonths: number | null;
  requestedTotal: number;
}
