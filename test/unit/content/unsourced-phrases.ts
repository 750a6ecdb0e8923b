/**
 * Claims the source material (shared/sources/) does not make, found on the site by a tester
 * or in review. Each may appear only as marked added guidance: in content data as
 * `{ text: …, status: added }` (or inside a pitfall or step with status: added), in a lesson
 * inside <Added>. A test cannot tell what a sentence claims; this list keeps the ones found
 * from coming back unmarked. Add to it whenever a review finds another.
 */
export const UNSOURCED_PHRASES: readonly { phrase: string; why: string }[] = [
	{ phrase: 'text message is', why: 'the source has the medium chosen for the matter, the customer’s preference and the record; it rules no medium out' },
	{ phrase: 'never enough', why: 'as above: no medium is ruled out by the source' },
	{ phrase: 'also put in writing', why: 'the source weighs the need for a record; it does not require writing' },
	{ phrase: 'at least meet', why: 'the source asks for notice well in advance, not for a minimum set by the terms' },
	{ phrase: 'what notice the terms', why: 'the source names the terms as a legal factor, not their notice clause' },
	{ phrase: 'an owner and a date', why: 'the source asks for the agreed changes to be carried out, nothing about owners or dates' },
	{ phrase: 'to the harm', why: 'the source gives the range of sweeteners, not a rule for sizing one' },
	{ phrase: 'threatened legal action', why: 'the source asks for counsel in complex or high-risk cases without listing signs' },
	{ phrase: 'depend heavily on the service', why: 'as above: the signs of a high-risk case are ours' },
	{ phrase: 'before the customer hears anything', why: 'the source does not say when counsel comes relative to telling the customer' },
	{ phrase: 'fits when', why: 'the source lists the alternatives without rules for when each fits' },
	{ phrase: 'who to contact', why: 'the source asks for the changes and revised terms in writing, not a checklist of contents' },
	{ phrase: 'abusive to your staff', why: 'the source gives no reasons for stopping service' },
	{ phrase: 'has not paid for months', why: 'as above: no reasons for stopping service in the source' },
	{ phrase: 'where colleagues can find it', why: 'the source asks for a record kept for future reference' },
	{ phrase: 'have their place', why: 'the source asks for open questions and never says when a closed one fits' },
	{ phrase: 'when they will hear back', why: 'the source has the customer told you will come back with a resolution, not when' },
	{ phrase: 'as well as bad news', why: 'the source’s first step is finding the reason, not what is still possible' },
	{ phrase: 'more than one kind', why: 'the source lists four kinds without saying one incident can be several' },
];
