/**
 * Calls of the experiments and quality pages; types from the server's contract
 * (src/api/improvement-contracts.ts), so the two cannot drift apart.
 */
import type { z } from "zod";
import type {
  ExperimentResultsJson,
  ExperimentViewJson,
  MyQualityJson,
  QualityTrendJson,
  ReviewCardJson,
  experimentBody,
  experimentTargetsView,
  reviewListView,
} from "../../../src/api/improvement-contracts";
import { request } from "../api";

export type { ExperimentResultsJson, ExperimentViewJson, MyQualityJson, QualityTrendJson, ReviewCardJson };
export type ExperimentTargets = z.infer<typeof experimentTargetsView>;
export type ExperimentBody = z.input<typeof experimentBody>;
export type ReviewList = z.infer<typeof reviewListView>;
export type LineScores = ReviewCardJson["scores"];

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export const getExperiments = (signal?: AbortSignal) => request<ExperimentViewJson[]>("/api/staff/experiments", opts(signal));
export const getExperimentTargets = (signal?: AbortSignal) => request<ExperimentTargets>("/api/staff/experiments/targets", opts(signal));
export const getExperimentResults = (code: string, signal?: AbortSignal) =>
  request<ExperimentResultsJson>(`/api/staff/experiments/${code}/results`, opts(signal));
export const defineExperiment = (body: ExperimentBody) => request<ExperimentViewJson>("/api/staff/experiments", { method: "POST", body });
export const experimentAction = (code: string, action: "start" | "stop") =>
  request<ExperimentViewJson>(`/api/staff/experiments/${code}/${action}`, { method: "POST", body: {} });
export const shipVariant = (code: string, variant: string) =>
  request<ExperimentViewJson>(`/api/staff/experiments/${code}/ship`, { method: "POST", body: { variant } });

export const getReviews = (signal?: AbortSignal) => request<ReviewList>("/api/staff/quality/reviews", opts(signal));
export const getReview = (id: number, signal?: AbortSignal) => request<ReviewCardJson>(`/api/staff/quality/reviews/${id}`, opts(signal));
export const saveReview = (id: number, scores: LineScores, comment: string) =>
  request<{ score: number }>(`/api/staff/quality/reviews/${id}`, { method: "POST", body: { scores, ...(comment.trim() ? { comment } : {}) } });
export const getQualityTrend = (signal?: AbortSignal) => request<QualityTrendJson>("/api/staff/quality/trend", opts(signal));
export const getMyQuality = (signal?: AbortSignal) => request<MyQualityJson>("/api/staff/quality/mine", opts(signal));
