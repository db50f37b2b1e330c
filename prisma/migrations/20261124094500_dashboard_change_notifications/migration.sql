-- Every committed change to a number the dashboard shows sends NOTIFY crm_dashboard '<hospitalId>',
-- whoever writes it (the API, the worker's workflows, an import): each API process listens and drops
-- that hospital's cached dashboard. PostgreSQL delivers a notification once its transaction commits,
-- and folds identical ones within a transaction into one. Only the columns a metric reads fire it.
-- The body is an E'' string with \x3B for each semicolon: the migration runner splits scripts at semicolons.
CREATE FUNCTION crm_notify_dashboard() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_notify(''crm_dashboard'', (CASE WHEN TG_OP = ''DELETE'' THEN OLD."hospitalId" ELSE NEW."hospitalId" END)::text)\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "CRMLead_dashboard_insert_delete" AFTER INSERT OR DELETE ON "CRMLead"
  FOR EACH ROW EXECUTE FUNCTION crm_notify_dashboard();
CREATE TRIGGER "CRMLead_dashboard_update" AFTER UPDATE OF status, score, "deletedAt", "createdAt" ON "CRMLead"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.score IS DISTINCT FROM NEW.score
                     OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION crm_notify_dashboard();

CREATE TRIGGER "CRMTask_dashboard_insert_delete" AFTER INSERT OR DELETE ON "CRMTask"
  FOR EACH ROW EXECUTE FUNCTION crm_notify_dashboard();
CREATE TRIGGER "CRMTask_dashboard_update" AFTER UPDATE OF status, "dueDate" ON "CRMTask"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."dueDate" IS DISTINCT FROM NEW."dueDate")
  EXECUTE FUNCTION crm_notify_dashboard();

CREATE TRIGGER "CRMCampaign_dashboard_insert_delete" AFTER INSERT OR DELETE ON "CRMCampaign"
  FOR EACH ROW EXECUTE FUNCTION crm_notify_dashboard();
CREATE TRIGGER "CRMCampaign_dashboard_update" AFTER UPDATE OF status ON "CRMCampaign"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION crm_notify_dashboard();

CREATE TRIGGER "CRMSurveyResponse_dashboard_insert_delete" AFTER INSERT OR DELETE ON "CRMSurveyResponse"
  FOR EACH ROW EXECUTE FUNCTION crm_notify_dashboard();
CREATE TRIGGER "CRMSurveyResponse_dashboard_update" AFTER UPDATE OF "npsScore", "submittedAt" ON "CRMSurveyResponse"
  FOR EACH ROW WHEN (OLD."npsScore" IS DISTINCT FROM NEW."npsScore" OR OLD."submittedAt" IS DISTINCT FROM NEW."submittedAt")
  EXECUTE FUNCTION crm_notify_dashboard();
