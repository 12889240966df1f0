# A/B tests of the bot's words, run by admins from the bot (/experiments) or the staff pages.

exp-not-allowed = Experiments are for admins.
exp-list-empty = No experiments yet. Define one with /exp_new.
exp-list-header = <b>🧪 Experiments</b>
exp-list-item = <b>{ $code }</b> · { $target } · { $status } · { $share }% of customers
exp-new-usage = Define an experiment like this:
    /exp_new short-help message help-text self-service 50
    B en: Your text for English
    B ru: Your text for Russian
    A is today's text. The metric is one of self-service, csat, frt, intake-drop-off, repeat-contacts; 50 is the share of customers in the test.
    For a flow choice: /exp_new rating-later flow rating-timing csat 30, then the lines "A on-resolve" and "B next-day". Flow choices that can be tested: { $flows }.
exp-defined = Experiment { $code } is ready with { $variants } variants. Start it with /exp_start { $code }
exp-started = Experiment { $code } is running for { $share }% of customers. Results: /exp_results { $code }
exp-stopped = Experiment { $code } is stopped: everyone sees the usual text again.
exp-shipped = Variant { $variant } of { $code } is now the text of <b>{ $target }</b> for every customer.
exp-refused-flow-not-wired = No flow reads “{ $target }” yet, so an experiment on it would change nothing for customers and its results would be noise. Flow choices you can test: { $wired }.
exp-refused-target-busy = Experiment { $code } is already testing “{ $target }”. Stop or ship it first, then start this one.
exp-status-draft = draft
exp-status-running = running
exp-status-stopped = stopped
exp-status-shipped = shipped
exp-metric-self-service = self-service share
exp-metric-csat = satisfied customers (CSAT 4–5)
exp-metric-frt = first response time, minutes
exp-metric-intake-drop-off = drop-off during the intake
exp-metric-repeat-contacts = repeat contacts within 7 days
exp-results-header = <b>🧪 { $code }</b> · { $target } · { $metric } · { $status }
exp-result-share = { $variant }: { $value } of { $customers } customers (95% range { $low }–{ $high })
exp-result-minutes = { $variant }: { $value } min, { $customers } customers (95% range { $low }–{ $high })
exp-verdict-better = ✅ { $variant } is better than { $control } with 95% confidence.
exp-verdict-worse = ❌ { $variant } is worse than { $control } with 95% confidence.
exp-verdict-no-difference = ➖ No real difference between { $variant } and { $control }: keep whichever reads better.
exp-verdict-more = ⏳ Not enough data yet: about { $count } more customers are needed.
exp-btn-ship = 🚀 Ship { $variant }
exp-btn-stop = ⏹ Stop
