-- Plan coverage is answered by plan-service alone (docs/architecture.md, "One owner per question"):
-- the copy of plans this service kept for its own coverage answer goes.
DROP TABLE plan_view;
