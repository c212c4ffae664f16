-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "languages" VARCHAR(10)[] DEFAULT ARRAY['en']::VARCHAR(10)[];

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "language" VARCHAR(10) NOT NULL DEFAULT 'en';
