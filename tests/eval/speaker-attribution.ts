import type { GoldSpeaker } from "./gold-schema";
import { isSameOrganizationName, isSamePersonName } from "./name-match";

/** Does the predicted speaker name denote the gold speaker? Gold `null`
 * (an unattributed statement) is matched only by no speaker at all. */
export function isAttributionCorrect(
  predictedName: string | null,
  goldSpeakerName: string | null,
  goldSpeakers: readonly GoldSpeaker[],
): boolean {
  if (goldSpeakerName === null) return predictedName === null;
  if (predictedName === null) return false;
  const goldSpeaker = goldSpeakers.find((speaker) => speaker.name === goldSpeakerName);
  const isOrganization = goldSpeaker?.kind === "organization";
  const names = [goldSpeakerName, ...(goldSpeaker?.aliases ?? [])];
  return names.some((name) =>
    isOrganization ? isSameOrganizationName(predictedName, name) : isSamePersonName(predictedName, name),
  );
}

/** The gold notSpeakers that a predicted speaker name denotes. Compared as
 * people and as organizations, since notSpeakers holds both. */
export function findNotSpeakerHits(predictedNames: readonly string[], notSpeakers: readonly string[]): string[] {
  return predictedNames.filter((predicted) =>
    notSpeakers.some((name) => isSamePersonName(predicted, name) || isSameOrganizationName(predicted, name)),
  );
}
