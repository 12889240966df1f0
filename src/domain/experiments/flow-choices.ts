import { FLOW_CHOICES, type FlowChoice, type WiredFlowChoice } from "./catalog.js";

/** What a flow needs of the experiments (ExperimentTexts has it): which value of a choice a customer gets. */
export interface FlowChoices {
  flowChoice<T extends string>(customerKey: bigint | number | string, name: string, values: readonly T[]): T;
}

export type FlowValue<N extends FlowChoice> = (typeof FLOW_CHOICES)[N][number];

/**
 * The value of a named flow choice for this customer (their Telegram id, as for texts). Without
 * the experiments (a job or a test that did not pass them) it is today's behaviour, the first value.
 * Only a wired choice can be read: a flow that starts reading another one adds it to WIRED_FLOW_CHOICES.
 */
export function flowValue<N extends WiredFlowChoice>(flows: FlowChoices | undefined, customerKey: bigint | number | string, name: N): FlowValue<N> {
  const values: readonly FlowValue<N>[] = FLOW_CHOICES[name];
  return flows ? flows.flowChoice(customerKey, name, values) : values[0]!;
}
