import { finishFollowUp } from '@/lib/follow-up/finish-follow-up';

export async function POST() {
  return await finishFollowUp();
}
