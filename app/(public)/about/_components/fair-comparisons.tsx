import { Card } from "@/components/ui/card";

/** The about page's part on settings, size and cost axes, and near names. */
export function FairComparisons() {
  return (
    <Card title="Comparing like with like">
      <div className="space-y-3" data-testid="about-comparisons">
        <p>
          <strong>Settings.</strong> A benchmark declares the settings that decide whether two results compare: extra training data, test-time augmentation,
          ensembles, pre-training data, shots, external tools, the evaluation harness, or others its moderators define, each with its allowed values. Every
          result carries a value for each, and &ldquo;unknown&rdquo; is a value of its own, shown as such. By default a leaderboard ranks the comparable group:
          the results that share each setting&apos;s most common value. The others follow it, marked with the settings they differ by and not ranked with it.
          &ldquo;All together&rdquo; (<code>?setting=all</code>) ranks every result in one list, &ldquo;Split by …&rdquo; ranks each group among itself, and a
          link such as <code>?setting=ensemble:no</code> keeps one group, chart included. The submit form and the API ask each result&apos;s settings and
          parameter count, checked against the benchmark&apos;s allowed values. Results imported from the Papers with Code archive get their settings from what
          the archive says: <code>uses_additional_data</code>, and markers in the model&apos;s name such as &ldquo;(ensemble)&rdquo;, &ldquo;(single
          model)&rdquo;, &ldquo;+ TTA&rdquo; or a &ldquo;*&rdquo; footnote, kept with its text.
        </p>
        <p>
          <strong>Size and cost.</strong> Where a result gives its parameter count, training compute or inference cost, it is kept as a number (the
          archive&apos;s &ldquo;Number of params&rdquo; columns, written like &ldquo;~257M&rdquo; or &ldquo;250k&rdquo;, become one). A leaderboard then shows
          its ranking metric against model size beside the chart over time, with the Pareto frontier marked: the results that no smaller one matches.{" "}
          <code>?max_params=7e9</code> keeps the models with at most seven billion parameters.
        </p>
        <p>
          <strong>Near names.</strong> A typo must not create a second task or dataset. When a submission proposes a new one, the moderator sees the existing
          entries whose names are near it (the same but for case or punctuation, a letter or two apart, or a name known as an alias) and can use one instead in
          one click. The proposed name is then kept as another name of the entry, so that it finds the entry next time, and the change is recorded.
        </p>
      </div>
    </Card>
  );
}
