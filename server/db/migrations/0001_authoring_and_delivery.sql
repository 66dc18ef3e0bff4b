CREATE TABLE "answer_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"question_id" text NOT NULL,
	"option_id" text,
	"seq" bigint NOT NULL,
	"client_time" timestamp with time zone,
	"server_time" timestamp with time zone DEFAULT now() NOT NULL,
	"applied" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_competencies" (
	"assessment_id" text NOT NULL,
	"competency_id" text NOT NULL,
	CONSTRAINT "assessment_competencies_assessment_id_competency_id_pk" PRIMARY KEY("assessment_id","competency_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"pass_score" integer NOT NULL,
	"questions_per_page" integer NOT NULL,
	"shuffle_questions" boolean DEFAULT false NOT NULL,
	"shuffle_options" boolean DEFAULT false NOT NULL,
	"allow_review" boolean DEFAULT false NOT NULL,
	"overdue_policy" text DEFAULT 'auto_submit' NOT NULL,
	"grace_minutes" integer,
	"published" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_window_check" CHECK ("assessments"."closes_at" > "assessments"."opens_at"),
	CONSTRAINT "assessments_duration_check" CHECK ("assessments"."duration_minutes" between 1 and 600),
	CONSTRAINT "assessments_pass_score_check" CHECK ("assessments"."pass_score" between 0 and 100),
	CONSTRAINT "assessments_questions_per_page_check" CHECK ("assessments"."questions_per_page" between 1 and 50),
	CONSTRAINT "assessments_overdue_policy_check" CHECK ("assessments"."overdue_policy" in ('auto_submit', 'grace')),
	CONSTRAINT "assessments_grace_check" CHECK (("assessments"."overdue_policy" = 'grace' and "assessments"."grace_minutes" between 1 and 120) or ("assessments"."overdue_policy" = 'auto_submit' and "assessments"."grace_minutes" is null))
);
--> statement-breakpoint
CREATE TABLE "competencies" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competency_achievements" (
	"user_id" text NOT NULL,
	"competency_id" text NOT NULL,
	"session_id" text NOT NULL,
	"achieved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competency_achievements_user_id_competency_id_session_id_pk" PRIMARY KEY("user_id","competency_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "exam_sessions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"assessment_id" text NOT NULL,
	"user_id" text NOT NULL,
	"package_id" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"deadline" timestamp with time zone,
	"extension_minutes" integer DEFAULT 0 NOT NULL,
	"last_page_index" integer,
	"last_seen_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submit_kind" text,
	"score_points" integer,
	"max_points" integer,
	"score_percent" double precision,
	"passed" boolean,
	"replaced_at" timestamp with time zone,
	"replaced_by" text,
	CONSTRAINT "exam_sessions_status_check" CHECK ("exam_sessions"."status" in ('not_started', 'in_progress', 'submitted', 'closed', 'abandoned')),
	CONSTRAINT "exam_sessions_started_check" CHECK ("exam_sessions"."status" = 'not_started' or ("exam_sessions"."started_at" is not null and "exam_sessions"."deadline" is not null)),
	CONSTRAINT "exam_sessions_page_check" CHECK ("exam_sessions"."last_page_index" is null or "exam_sessions"."last_page_index" >= 0),
	CONSTRAINT "exam_sessions_extension_check" CHECK ("exam_sessions"."extension_minutes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "question_options" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"question_id" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"is_correct" boolean DEFAULT false NOT NULL,
	CONSTRAINT "question_options_question_option_key" UNIQUE("question_id","id")
);
--> statement-breakpoint
CREATE TABLE "question_packages" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"assessment_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"package_id" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"points" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "questions_points_check" CHECK ("questions"."points" >= 1)
);
--> statement-breakpoint
CREATE TABLE "session_answers" (
	"session_id" text NOT NULL,
	"question_id" text NOT NULL,
	"option_id" text,
	"seq" bigint NOT NULL,
	"client_time" timestamp with time zone,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_answers_session_id_question_id_pk" PRIMARY KEY("session_id","question_id"),
	CONSTRAINT "session_answers_seq_check" CHECK ("session_answers"."seq" >= 0)
);
--> statement-breakpoint
ALTER TABLE "answer_events" ADD CONSTRAINT "answer_events_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_competencies" ADD CONSTRAINT "assessment_competencies_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_competencies" ADD CONSTRAINT "assessment_competencies_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_achievements" ADD CONSTRAINT "competency_achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_achievements" ADD CONSTRAINT "competency_achievements_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_achievements" ADD CONSTRAINT "competency_achievements_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sessions" ADD CONSTRAINT "exam_sessions_package_id_question_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."question_packages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_options" ADD CONSTRAINT "question_options_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_packages" ADD CONSTRAINT "question_packages_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_package_id_question_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."question_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_answers" ADD CONSTRAINT "session_answers_session_id_exam_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exam_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_answers" ADD CONSTRAINT "session_answers_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_answers" ADD CONSTRAINT "session_answers_option_of_question_fk" FOREIGN KEY ("question_id","option_id") REFERENCES "public"."question_options"("question_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_events_session_idx" ON "answer_events" USING btree ("session_id","id");--> statement-breakpoint
CREATE INDEX "assessments_window_idx" ON "assessments" USING btree ("opens_at","closes_at");--> statement-breakpoint
CREATE UNIQUE INDEX "competencies_code_lower_key" ON "competencies" USING btree (lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "exam_sessions_one_per_worker_key" ON "exam_sessions" USING btree ("assessment_id","user_id") WHERE "exam_sessions"."replaced_at" is null;--> statement-breakpoint
CREATE INDEX "exam_sessions_user_idx" ON "exam_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "exam_sessions_package_idx" ON "exam_sessions" USING btree ("package_id");--> statement-breakpoint
CREATE INDEX "exam_sessions_deadline_idx" ON "exam_sessions" USING btree ("deadline") WHERE "exam_sessions"."status" = 'in_progress';--> statement-breakpoint
CREATE INDEX "question_options_question_idx" ON "question_options" USING btree ("question_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "question_options_one_correct_key" ON "question_options" USING btree ("question_id") WHERE "question_options"."is_correct";--> statement-breakpoint
CREATE UNIQUE INDEX "question_packages_name_key" ON "question_packages" USING btree ("assessment_id","name");--> statement-breakpoint
CREATE INDEX "questions_package_idx" ON "questions" USING btree ("package_id","position");