-- AlterEnum
ALTER TYPE "ConcernEventKind" ADD VALUE 'MARKED_URGENT';
