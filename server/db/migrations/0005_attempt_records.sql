CREATE TABLE "session_activity" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" jsonb,
	CONSTRAINT "session_activity_kind_check" CHECK ("session_activity"."kind" in ('started', 'page', 'heartbeat_gap', 'taken_over', 'submitted'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL;--> statement-breakpoint
ALTER TABLE "session_activity" ADD CONSTRAINT "session_activity_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_activity_session_idx" ON "session_activity" USING btree ("session_id","id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_time_zone_check" CHECK ("assessments"."time_zone" in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));