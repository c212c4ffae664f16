// The sentence an administrator reads before confirming a new policy. Plain numbers, no case content.
export interface PolicyChangePreview {
  current: { now: number; byHorizon: number };
  proposed: { now: number; byHorizon: number };
}

const concerns = (n: number, more = '') =>
  `${n.toLocaleString('en-GB')} ${more}${n === 1 ? 'concern' : 'concerns'}`;

export function describePolicyChange({ current, proposed }: PolicyChangePreview): string {
  const soon = proposed.byHorizon - proposed.now;
  const before = current.byHorizon;
  return (
    `With these values, ${concerns(proposed.now)} would be deleted immediately (at the next night’s run) and ` +
    `${concerns(soon, 'more ')} would become due for deletion in the next 30 days. ` +
    `Under the current policy it is ${concerns(current.now)} immediately and ` +
    `${concerns(before - current.now, 'more ')} in 30 days. The change applies to concerns already held. Concerns under a legal hold are never deleted.`
  );
}
