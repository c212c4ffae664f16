// The proof of sending's words, shared by its page and its PDF. No 'server-only': the page renders them.
export const PROOF_TITLE = 'Proof you sent a report';

export const PROOF_CHECK_STEPS = (checkUrl: string) => [
  `Go to ${checkUrl}.`,
  'Type your reference and your secret code.',
  'You can see what is happening, read messages from the team and add something you forgot.',
];
