import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { StaffMember } from "../../db/generated/client.js";
import { testableFlowChoices, testableMessages } from "../../domain/experiments/catalog.js";
import {
  defineExperiment,
  findExperiment,
  listExperiments,
  shipWinner,
  startExperiment,
  stopExperiment,
  type ExperimentView,
} from "../../domain/experiments/experiments.js";
import { METRICS } from "../../domain/experiments/metrics.js";
import { experimentRefusalText } from "../../domain/experiments/refusals.js";
import { experimentResults } from "../../domain/experiments/results.js";
import { DomainError } from "../../domain/shared/errors.js";
import { agentQuality, finishReview, pendingReviews, qualityTrend, reviewCard } from "../../domain/quality/reviews.js";
import { messageCatalog } from "../../i18n/catalog.js";
import { errorBody } from "../contracts.js";
import type { ApiDeps } from "../deps.js";
import { signedInStaff } from "./staff.js";
import {
  experimentBody,
  experimentCodeParams,
  experimentResultsView,
  experimentTargetsView,
  experimentView,
  myQualityView,
  qualityTrendView,
  reviewBody,
  reviewCardView,
  reviewListView,
  reviewParams,
  reviewSavedView,
  shipBody,
} from "../improvement-contracts.js";

// The staff pages' side of experiments (admins) and quality review (supervisors; agents read
// their own scores). Permissions come from the one table (src/domain/staff/permissions.ts).

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const experimentJson = (e: ExperimentView) => ({ ...e, startedAt: iso(e.startedAt), stoppedAt: iso(e.stoppedAt) });

export async function improvementRoutes(app: FastifyInstance, deps: ApiDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = { onRequest: app.requireTelegramUser };
  const refused = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
  const catalog = messageCatalog(deps.texts);
  const actor = (s: StaffMember) => ({ staffId: s.id, at: deps.clock.now() });
  const changed = () => deps.experimentTexts?.refresh();
  const tags = ["staff: experiments"];
  /** The same refusal, its reason in the admin's language (the staff pages show `reason`). */
  const inTheirLanguage = async <T>(staff: StaffMember, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (err) {
      const refusal = experimentRefusalText(err);
      if (!refusal || !(err instanceof DomainError)) throw err;
      throw new DomainError(err.code, deps.texts.t(staff.languageCode, refusal.key, refusal.vars), err.details);
    }
  };

  r.get(
    "/api/staff/experiments",
    { ...auth, schema: { tags, summary: "The experiments, newest first", response: { 200: experimentView.array(), ...refused } } },
    async (request) => {
      await signedInStaff(deps, request, "experiments.manage");
      return (await listExperiments(deps.db)).map(experimentJson);
    },
  );

  r.get(
    "/api/staff/experiments/targets",
    {
      ...auth,
      schema: {
        tags,
        summary: "What an experiment may vary: customer messages (never security or payment warnings), flow choices, metrics",
        response: { 200: experimentTargetsView, ...refused },
      },
    },
    async (request) => {
      await signedInStaff(deps, request, "experiments.manage");
      return {
        messages: testableMessages(catalog),
        // Only the choices a flow reads: a test of any other would change nothing for customers.
        flows: testableFlowChoices(),
        metrics: [...METRICS],
        languages: [...deps.texts.languages],
      };
    },
  );

  r.post(
    "/api/staff/experiments",
    { ...auth, schema: { tags, summary: "Define an experiment (a draft)", body: experimentBody, response: { 200: experimentView, ...refused } } },
    async (request) => {
      const staff = await signedInStaff(deps, request, "experiments.manage");
      return experimentJson(await inTheirLanguage(staff, () => defineExperiment(deps.db, catalog, request.body, actor(staff))));
    },
  );

  r.get(
    "/api/staff/experiments/:code/results",
    {
      ...auth,
      schema: {
        tags,
        summary: "Results per variant with 95% intervals and the verdict",
        params: experimentCodeParams,
        response: { 200: experimentResultsView, ...refused },
      },
    },
    async (request) => {
      await signedInStaff(deps, request, "experiments.manage");
      const e = await findExperiment(deps.db, request.params.code);
      const results = await experimentResults(deps.sql, e, deps.clock.now());
      return {
        experiment: experimentJson(e),
        unit: results.unit,
        variants: results.variants.map((v) => ({ key: v.key, customers: v.customers, value: v.value, low: v.interval.low, high: v.interval.high })),
        verdict: results.verdict,
      };
    },
  );

  for (const action of ["start", "stop"] as const) {
    r.post(
      `/api/staff/experiments/:code/${action}`,
      {
        ...auth,
        schema: {
          tags,
          summary: action === "start" ? "Start a draft" : "Stop: everyone sees the usual text again",
          params: experimentCodeParams,
          response: { 200: experimentView, ...refused },
        },
      },
      async (request) => {
        const staff = await signedInStaff(deps, request, "experiments.manage");
        const e = await inTheirLanguage(staff, () =>
          action === "start" ? startExperiment(deps.db, request.params.code, actor(staff)) : stopExperiment(deps.db, request.params.code, actor(staff)),
        );
        await changed();
        return experimentJson(e);
      },
    );
  }

  r.post(
    "/api/staff/experiments/:code/ship",
    {
      ...auth,
      schema: {
        tags,
        summary: "Ship a variant: its texts become the texts every customer sees",
        params: experimentCodeParams,
        body: shipBody,
        response: { 200: experimentView, ...refused },
      },
    },
    async (request) => {
      const staff = await signedInStaff(deps, request, "experiments.manage");
      const e = await inTheirLanguage(staff, () => shipWinner(deps.db, catalog, request.params.code, request.body.variant, actor(staff)));
      await changed();
      return experimentJson(e);
    },
  );

  const qtags = ["staff: quality"];
  r.get(
    "/api/staff/quality/reviews",
    { ...auth, schema: { tags: qtags, summary: "Sampled conversations waiting for a scorecard", response: { 200: reviewListView, ...refused } } },
    async (request) => {
      const staff = await signedInStaff(deps, request, "quality.review");
      return (await pendingReviews(deps.db, staff.id, 50)).map((p) => ({ ...p, sampledAt: p.sampledAt.toISOString() }));
    },
  );

  r.get(
    "/api/staff/quality/reviews/:id",
    {
      ...auth,
      schema: {
        tags: qtags,
        summary: "A review: transcript (masked), automatic findings, scorecard",
        params: reviewParams,
        response: { 200: reviewCardView, ...refused },
      },
    },
    async (request) => {
      await signedInStaff(deps, request, "quality.review");
      const card = await reviewCard(deps.db, request.params.id);
      return { ...card, scoredAt: iso(card.scoredAt) };
    },
  );

  r.post(
    "/api/staff/quality/reviews/:id",
    {
      ...auth,
      schema: {
        tags: qtags,
        summary: "Save the scorecard (every line 0-2) and a comment; the agent is told",
        params: reviewParams,
        body: reviewBody,
        response: { 200: reviewSavedView, ...refused },
      },
    },
    async (request) => {
      const staff = await signedInStaff(deps, request, "quality.review");
      return finishReview({ db: deps.db, notifier: deps.notifier }, request.params.id, staff, deps.clock.now(), {
        scores: request.body.scores,
        ...(request.body.comment !== undefined ? { comment: request.body.comment } : {}),
      });
    },
  );

  r.get(
    "/api/staff/quality/trend",
    { ...auth, schema: { tags: qtags, summary: "Each agent's average score per week, last 8 weeks", response: { 200: qualityTrendView, ...refused } } },
    async (request) => {
      await signedInStaff(deps, request, "quality.review");
      return qualityTrend(deps.sql, deps.clock.now());
    },
  );

  r.get(
    "/api/staff/quality/mine",
    { ...auth, schema: { tags: qtags, summary: "The signed-in agent's own scores", response: { 200: myQualityView, ...refused } } },
    async (request) => {
      const staff = await signedInStaff(deps, request, "tickets.work");
      const mine = await agentQuality(deps.db, staff.id, deps.clock.now());
      return { average: mine.average, reviews: mine.reviews.map((x) => ({ ...x, scoredAt: x.scoredAt.toISOString() })) };
    },
  );
}
