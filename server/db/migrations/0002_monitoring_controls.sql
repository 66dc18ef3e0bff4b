ALTER TABLE "exam_sessions" DROP CONSTRAINT "exam_sessions_started_check";--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_started_check" CHECK ("exam_sessions"."status" in ('not_started', 'closed') or ("exam_sessions"."started_at" is not null and "exam_sessions"."deadline" is not null));