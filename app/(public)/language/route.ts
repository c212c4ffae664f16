import { chooseLanguage } from '@/lib/i18n/choose-language';

// The language chooser in the public header posts here (a plain form: it works without JavaScript).
export async function POST(request: Request) {
  return chooseLanguage(await request.formData().catch(() => new FormData()));
}
