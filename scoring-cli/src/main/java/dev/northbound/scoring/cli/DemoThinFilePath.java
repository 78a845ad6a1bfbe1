package dev.northbound.scoring.cli;

import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionOutcome;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.decision.SecondLook;
import dev.northbound.scoring.models.decision.change.DocumentSuggestion;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo policy's path to approval for thin files, measured on the held-out part: how many thin
 * files are approved with a starter limit, their realised bad rate against thick files approved at
 * the same combined grade, what second look did for thick files, and which document would most help
 * the thin files not approved.
 *
 * @param thin thin-file applicants (no Hong Kong bureau report)
 * @param approved thin files approved
 * @param starter thin files approved with the starter limit
 * @param grades realised outcomes of approved applicants by combined grade, thin against thick
 * @param thick thick-file applicants
 * @param raised thick files whose bureau-only band was better than the band with alternative data
 *     (second look decided on it)
 * @param raisedApproved of those, the ones approved
 * @param raisedApprovedBads of those approved, the bads
 * @param topSuggestion the first document suggested to each thin file not approved, by its English
 *     text, most frequent first
 * @param notApprovedWithSuggestion thin files not approved that were suggested a document
 */
record DemoThinFilePath(int thin, int approved, int starter, List<GradeRow> grades, int thick, int raised,
    int raisedApproved, int raisedApprovedBads, Map<String, Integer> topSuggestion, int notApprovedWithSuggestion) {

  /** Approved applicants of one combined grade: thin against thick files, with their bads. */
  record GradeRow(String grade, int thinApproved, int thinBads, int thickApproved, int thickBads, int thinAll,
      int thinAllBads, int thickAll, int thickAllBads) {}

  static DemoThinFilePath of(DemoEvaluation e) {
    int thin = 0;
    int approved = 0;
    int starter = 0;
    int thick = 0;
    int raised = 0;
    int raisedApproved = 0;
    int raisedBads = 0;
    int suggested = 0;
    Map<String, int[]> byGrade = new TreeMap<>();
    Map<String, Integer> top = new LinkedHashMap<>();
    for (int r = 0; r < e.decided.length; r++) {
      Decision d = e.decided[r].decision();
      boolean ok = d.outcome() == DecisionOutcome.APPROVE;
      if (e.thin[r]) {
        thin++;
        if (ok) {
          approved++;
          starter += d.rules().stream().map(DecisionReason::code).anyMatch("ST_STARTER_LIMIT"::equals) ? 1 : 0;
        } else {
          List<DocumentSuggestion> s = e.decided[r].suggestions();
          if (!s.isEmpty()) {
            suggested++;
            top.merge(s.get(0).textEn(), 1, Integer::sum);
          }
        }
      } else {
        thick++;
        if (d.audit().secondLook().map(SecondLook::used).orElse(null) == SecondLook.Basis.BUREAU_ONLY) {
          raised++;
          raisedApproved += ok ? 1 : 0;
          raisedBads += ok && e.bad[r] ? 1 : 0;
        }
      }
      int[] g = byGrade.computeIfAbsent(e.decided[r].score().grade(), k -> new int[8]);
      int at = e.thin[r] ? 0 : 2;
      if (ok) {
        g[at]++;
        g[at + 1] += e.bad[r] ? 1 : 0;
      }
      g[at + 4]++;
      g[at + 5] += e.bad[r] ? 1 : 0;
    }
    List<GradeRow> rows = new ArrayList<>();
    byGrade.forEach((k, g) -> rows.add(new GradeRow(k, g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7])));
    Map<String, Integer> sorted = new LinkedHashMap<>();
    top.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(en -> sorted.put(en.getKey(), en.getValue()));
    return new DemoThinFilePath(thin, approved, starter, List.copyOf(rows), thick, raised, raisedApproved, raisedBads,
        sorted, suggested);
  }

  /** The realised bad rate of the approved thin files, or NaN when none is approved. */
  double thinApprovedBadRate() {
    int n = 0;
    int bads = 0;
    for (GradeRow g : grades) {
      n += g.thinApproved();
      bads += g.thinBads();
    }
    return n == 0 ? Double.NaN : bads / (double) n;
  }

  /** The figures for report.json. */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("thinFiles", thin);
    m.put("approved", approved);
    m.put("approvedWithStarterLimit", starter);
    m.put("approvedBadRate", approved == 0 ? null : thinApprovedBadRate());
    List<Map<String, Object>> g = new ArrayList<>();
    for (GradeRow r : grades) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("grade", r.grade());
      x.put("thinApproved", r.thinApproved());
      x.put("thinBads", r.thinBads());
      x.put("thickApproved", r.thickApproved());
      x.put("thickBads", r.thickBads());
      x.put("thinAll", r.thinAll());
      x.put("thinAllBads", r.thinAllBads());
      x.put("thickAll", r.thickAll());
      x.put("thickAllBads", r.thickAllBads());
      g.add(x);
    }
    m.put("approvedByGrade", g);
    m.put("thickFiles", thick);
    m.put("secondLookRaised", raised);
    m.put("secondLookRaisedApproved", raisedApproved);
    m.put("secondLookRaisedApprovedBads", raisedApprovedBads);
    m.put("notApprovedWithSuggestion", notApprovedWithSuggestion);
    m.put("firstSuggestion", topSuggestion);
    return m;
  }

  /** The report section. */
  Section section() {
    Table.Builder t = Table.builder("Approved applicants by combined grade: realised bad rate, thin against thick files")
        .textColumn("Grade").numberColumn("Thin files approved", 0).numberColumn("Thin bads", 0)
        .textColumn("Thin bad rate").numberColumn("Thick files approved", 0).numberColumn("Thick bads", 0)
        .textColumn("Thick bad rate");
    for (GradeRow g : grades) {
      t.row(g.grade(), g.thinApproved(), g.thinBads(), rate(g.thinBads(), g.thinApproved()), g.thickApproved(),
          g.thickBads(), rate(g.thickBads(), g.thickApproved()));
    }
    Table.Builder s = Table.builder("The document that would most help each thin file not approved (first suggestion)")
        .textColumn("Document (English)").numberColumn("Thin files", 0)
        .percentColumn("Share of thin files not approved", 1);
    int notApproved = thin - approved;
    topSuggestion.forEach((text, n) -> s.row(text, n, DemoReportSections.share(n, notApproved)));
    return Section.builder("Thin files: the path to approval")
        .paragraph(String.format(Locale.ROOT, "The demo policy (gba-demo-personal) establishes a thin file's existing "
            + "obligations without a bureau report as the largest of the declared obligations plus 20%%, the rent "
            + "evidenced in verified alternative data, and 10%% of verified income; it requires at least 6 months of "
            + "verified income evidence (MPF or social insurance) in the last 12; and it caps an approved thin file "
            + "with a starter limit of CNY 30,000 over at most 12 months. %,d of the %,d thin files (%.1f%%) are "
            + "approved, %,d of them with the starter limit; their realised bad rate is %s.", approved, thin,
            100 * DemoReportSections.share(approved, thin), starter, rate(sumThinBads(), approved)))
        .paragraph(String.format(Locale.ROOT, "Second look: for a thick file alternative data may raise the decision "
            + "but never lower it below what bureau data alone gives. For %,d of the %,d thick files (%.1f%%) the "
            + "bureau-only band was the better one and decided; %,d of them are approved, with a realised bad rate "
            + "of %s.", raised, thick, 100 * DemoReportSections.share(raised, thick), raisedApproved,
            rate(raisedApprovedBads, raisedApproved)))
        .table(t.build())
        .paragraph(String.format(Locale.ROOT, "What would change the decision: %,d of the %,d thin files not approved "
            + "were told which document would most raise their score or lift the rule they hit (computed from the "
            + "willingness scorecard and the policy, in English and Chinese; docs/what-would-change.md).",
            notApprovedWithSuggestion, notApproved))
        .table(s.build())
        .build();
  }

  private int sumThinBads() {
    int b = 0;
    for (GradeRow g : grades) {
      b += g.thinBads();
    }
    return b;
  }

  static String rate(int bads, int n) {
    return n == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * bads / n);
  }
}
