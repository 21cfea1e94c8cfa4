/**
 * Statements framed as made at a gathering: "told the council", "told a
 * closing news conference", "speaking at the ceremony", "during the debate",
 * "in her victory speech", "as the meeting wound down". News leads with the
 * event it reports and its day, and the gatherings it quotes from are that
 * event's, so such a statement takes the lede's day even where its own
 * sentence names no time.
 *
 * Only gatherings count: "told the Ledger" or "told reporters" may be an
 * interview on any day, and testimony ("told the court", "told jurors") may
 * come from an earlier day of a trial.
 */

const AUDIENCE =
  "council|committee|board|lawmakers|legislators|members|parliament|senators|delegates|house|mps|audience|supporters|crowd|summit|hearing|meeting|conference|panel|inquiry|assembly|chamber|rally|congregation|mourners|graduates|shareholders|gathering";
const OCCASION =
  "summit|hearing|meeting|conference|briefing|debate|session|ceremony|launch|rally|match|game|gala|vigil|funeral|memorial|celebration|event|visit";
const MODIFIERS = "(?:[\\w’'-]+ ){0,3}?";
const DETERMINER = "(?:the|a|an|this|that|his|her|their|its) ";

const OCCASION_FRAME = new RegExp(
  [
    // "told the council", "told the House Public Safety Committee", "told a closing news conference"
    `\\btold (?:${DETERMINER})?${MODIFIERS}(?:${AUDIENCE})s?\\b`,
    // "speaking at the ceremony", "at a news conference", "during the debate", "after the match"
    `\\b(?:at|during|after|to) ${DETERMINER}${MODIFIERS}(?:${OCCASION})s?\\b`,
    // "in her victory speech", "in his address to the nation"
    `\\bin (?:his|her|their|its) ${MODIFIERS}(?:speech|address|remarks)\\b`,
    `\\boutside (?:the )?(?:court|courthouse|courtroom)\\b`,
    `\\bas ${DETERMINER}(?:${OCCASION}) (?:wound|drew|came|ended|broke|closed)\\b`,
  ].join("|"),
  "i",
);

/** Whether a statement's frame (its sentence, its words blanked) says it was made at a gathering. */
export function isSpokenAtOccasion(frame: string): boolean {
  return OCCASION_FRAME.test(frame);
}
