import type { Db } from '@/lib/db';

// The seeded platforms' own reporting routes: only official help-centre pages we are sure of, with steps
// in our words. Instagram and WhatsApp are left empty until someone checks their current pages; Omegle
// has closed. The operator edits these at National lists.
export const DEMO_REPORT_ROUTES: Record<string, { reportUrl: string; reportSteps: string[] }> = {
  discord: {
    reportUrl: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
    reportSteps: [
      'Press and hold the message (on a computer, right-click it).',
      'Choose Report Message.',
      'Pick what is wrong and send the report.',
    ],
  },
  snapchat: {
    reportUrl: 'https://values.snap.com/safety/safety-reporting',
    reportSteps: [
      'Press and hold the Snap, the chat message or the person’s name.',
      'Tap Report.',
      'Pick what is wrong and send the report.',
    ],
  },
  tiktok: {
    reportUrl: 'https://support.tiktok.com/en/safety-hc/report-a-problem',
    reportSteps: [
      'Press and hold the video, or open the person’s profile.',
      'Tap Report.',
      'Pick what is wrong and send the report.',
    ],
  },
  youtube: {
    reportUrl: 'https://support.google.com/youtube/answer/2802027',
    reportSteps: [
      'Tap More (the three dots) under or beside the video.',
      'Tap Report.',
      'Pick what is wrong and send the report.',
    ],
  },
  roblox: {
    reportUrl:
      'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
    reportSteps: [
      'In the game, open the menu (three lines at the top).',
      'Tap the flag next to the player’s name.',
      'Pick what is wrong and send the report.',
    ],
  },
};

/** Fills in a route only where the operator has not set one, so a re-seed never undoes their edits. */
export async function seedReportRoutes(db: Db): Promise<void> {
  for (const [slug, route] of Object.entries(DEMO_REPORT_ROUTES))
    await db.platform.updateMany({ where: { slug, reportUrl: null }, data: route });
}
