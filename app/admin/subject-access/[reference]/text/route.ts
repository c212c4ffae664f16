import { notFound } from 'next/navigation';
import { exportResponse } from '@/lib/subject-access/export-response';

/** The whole export as readable text. Checks the DPO permission itself and records the export. */
export async function GET(_request: Request, { params }: { params: Promise<{ reference: string }> }) {
  return (await exportResponse((await params).reference, 'text')) ?? notFound();
}
