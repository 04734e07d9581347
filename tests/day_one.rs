//! A new user's first afternoon (issue 14): the mistakes people make, each told at the
//! right place with what to do, and the conventions Hugo and Zola users bring. Each test
//! runs the real binary on a fixture site in a tempdir and guards one promise.

mod common;

use std::fs;

use common::*;

const SEED: &str = "---\ntitle: The deal\noutlet: Wire\npublished: 2025-02-25\n---\nSmall firms wait in the queue—or give up, one trader said.\n\nThe rules were written by and for the big players, critics said.\n\nThe fund will be jointly owned by both governments.\n";

fn site() -> SiteTest {
    SiteTest::new().file("seeds/wire.md", SEED)
}

fn brief(body: &str) -> String {
    format!("---\ntitle: A brief\nsources: [wire]\n---\n{body}\n")
}

// Item 1: a seed that fails to load is one error, its own, first, with help; its
// citations are not reported as unknown sources.
#[test]
fn one_broken_seed_is_one_error_first() {
    let site = SiteTest::new()
        .file("seeds/broken.md", "---\ntitle: T\n---\nText.\n")
        .file(
            "content/a.md",
            "---\ntitle: A\nsources: [broken]\n---\nOne [@broken]. Two [@broken]. Three [@broken].\n",
        )
        .file("content/b.md", "---\ntitle: B\nsources: broken\n---\nFour [@broken].\n");
    let run = site.build(&[]);
    run.assert_code(1);
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{run}");
    assert!(errors[0].is_in("seeds/broken.md"), "{run}");
    assert!(
        run.stderr
            .contains("help: add `outlet:`, the newspaper or site that published the article"),
        "{run}"
    );
    assert!(!run.stderr.contains("unknown source"), "{run}");
}

// Likewise an id the brief's `sources:` lists but no seed has: one error, at the list,
// not one more at each citation of it (whose help suggested the very id cited).
#[test]
fn a_listed_source_with_no_seed_is_one_error_at_the_list() {
    let site = SiteTest::new().file(
        "content/a.md",
        "---\ntitle: A\nsources: [nope]\n---\nOne [@nope]. Two [@nope].\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{run}");
    assert!(
        run.stderr
            .contains("content/a.md:3:11: error: unknown source `nope`"),
        "{run}"
    );
    assert!(!run.stderr.contains("did you mean `nope`"), "{run}");
}

// Item 7: `--format json` prints one object per diagnostic; `--format github` prints
// Actions annotations; both on build and check.
#[test]
fn machine_readable_formats() {
    let site = site().file("content/a.md", brief("Claim [@wrie]."));
    for command in ["build", "check"] {
        let root = site.root().to_str().unwrap();
        let run = run_in(site.tmp(), &[command, "--root", root, "--format", "json"]);
        run.assert_code(1);
        let objects: Vec<serde_json::Value> = run
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
            .collect();
        assert_eq!(objects.len(), 1, "{run}");
        assert_eq!(objects[0]["path"], "content/a.md");
        assert_eq!(objects[0]["line"], 5);
        assert_eq!(objects[0]["severity"], "error");
        assert_eq!(objects[0]["help"], "did you mean `wire`?");
        let run = run_in(site.tmp(), &[command, "-r", root, "-f", "github"]);
        run.assert_code(1);
        assert!(
            run.stdout
                .lines()
                .any(|l| l.starts_with("::error file=content/a.md,line=5,col=")
                    && l.contains("::cites unknown source `wrie`%0Ahelp: did you mean `wire`?")),
            "{run}"
        );
    }
}

// Item 3: a problem on a 50,000-character line prints a window around the column, not
// the whole line twice over.
#[test]
fn long_lines_are_windowed() {
    let long = "word ".repeat(10_000);
    let site = site().file(
        "content/a.md",
        brief(&format!("{long} Claim [@wrie]. {long} Again [@wrie].")),
    );
    let run = site.build(&[]);
    run.assert_code(1);
    assert_eq!(run.errors().len(), 2, "{run}");
    assert!(
        run.stderr.len() < 2_000,
        "{} bytes of stderr",
        run.stderr.len()
    );
    assert!(run.stderr.contains("…"), "{run}");
}

// Item 6: no doubled `error: error:`, a missing root said to be missing, `--root` help on
// check and new, short flags.
#[test]
fn paper_cuts() {
    let site = site().file("content/a.md", brief("Claim [@wire]."));
    let root = site.root().to_str().unwrap();
    let out = site.root().join("content").join("out");
    let run = run_in(
        site.tmp(),
        &["serve", "-r", root, "-p", "0", "-o", out.to_str().unwrap()],
    );
    run.assert_code(2);
    assert!(!run.stderr.contains("error: error:"), "{run}");
    assert_eq!(run.stderr.matches("error:").count(), 1, "{run}");
    for command in ["build", "check", "serve", "new"] {
        let mut args = vec![command, "--root", "nowhere"];
        if command == "new" {
            args.push("x");
        }
        let run = run_in(site.tmp(), &args);
        run.assert_code(2);
        assert!(run.stderr.contains("`nowhere` does not exist"), "{run}");
    }
    for command in ["check", "new"] {
        let run = run_in(site.tmp(), &[command, "--help"]);
        assert!(
            run.stdout
                .contains("The site root (the folder with brief.yaml)"),
            "{run}"
        );
    }
    let elsewhere = site.tmp().join("elsewhere");
    let run = run_in(
        site.tmp(),
        &[
            "build",
            "-r",
            root,
            "-o",
            elsewhere.to_str().unwrap(),
            "-D",
            "-s",
        ],
    );
    run.assert_code(0);
    assert!(elsewhere.join("a/index.html").exists());
}

// Item 6: a duplicate seed id shows its line; a warning at the end of a file points at
// its last line.
#[test]
fn duplicate_ids_and_end_of_file() {
    let site = site()
        .file("seeds/wire.txt", "Another title\nText.\n")
        .file("seeds/empty.md", "---\ntitle: E\noutlet: O\n---\n");
    let run = site.build(&[]);
    let dup = run.error_in("seeds/wire.txt");
    assert_eq!((dup.line, dup.col), (1, 1), "{run}");
    assert!(run.stderr.contains(" 1 | Another title"), "{run}");
    let empty = run.warning_in("seeds/empty.md");
    assert_eq!(empty.line, 4, "{run}");
}

// Items 2 and 15: YAML mistakes in plain words, all at once; a value cut by ` #` warns;
// one source id; Hugo's datetime; TOML refused with its YAML form.
#[test]
fn front_matter_mistakes() {
    let site = site()
        .file(
            "content/a.md",
            "---\ntitle: Library hours: what changed\nweight: high\nauthors: 42\n---\nBody.\n",
        )
        .file(
            "content/b.md",
            "---\ntitle: B\nsummary: Why #1 matters\ndate: 2025-01-01T10:00:00Z\nsources: wire\n---\nClaim [@wire].\n",
        )
        .file("content/c.md", "+++\ntitle = \"C\"\n+++\nBody.\n");
    let run = site.build(&[]);
    run.assert_code(1);
    let lines: Vec<u32> = run
        .errors()
        .iter()
        .filter(|d| d.is_in("content/a.md"))
        .map(|d| d.line)
        .collect();
    assert_eq!(lines, [2, 3, 4], "{run}");
    assert!(
        run.stderr
            .contains("`title: \"Library hours: what changed\"`"),
        "{run}"
    );
    assert!(run.stderr.contains("`weight: 10`"), "{run}");
    let cut = run.warning_in("content/b.md");
    assert_eq!(cut.line, 3, "{run}");
    assert!(
        run.stderr.contains("`summary: \"Why #1 matters\"`"),
        "{run}"
    );
    assert!(
        run.errors().iter().all(|d| !d.is_in("content/b.md")),
        "{run}"
    );
    let toml = run.error_in("content/c.md");
    assert!(toml.message.contains("TOML"), "{run}");
    assert!(run.stderr.contains("title: \"C\""), "{run}");
}

// Item 15: `folder/index.md` publishes as `folder/`.
#[test]
fn folder_index_is_the_folder() {
    let site = site().file("content/deal/index.md", brief("Claim [@wire]."));
    site.build_clean();
    assert!(site.exists("deal/index.html"));
    assert!(!site.exists("deal/index/index.html"));
}

// `Folder/index.md` publishes as `folder/`, and the files beside it go to that folder
// too, so its relative links to them work (they went to `Folder/`, the image broken).
// Two folders on one URL that each hold a file of one name are an error at the second.
#[test]
fn files_beside_a_folder_index_follow_its_url() {
    let site = site()
        .file(
            "content/Grid/index.md",
            brief("Claim [@wire].\n\n![A map](map.png)"),
        )
        .file("content/Grid/map.png", "png")
        .file("content/Deal Notes/photos/a.jpg", "jpg");
    site.build_clean();
    assert!(site.exists("grid/index.html"));
    assert!(site.exists("grid/map.png"));
    assert!(!site.out().join("Grid").exists());
    assert!(site.exists("deal-notes/photos/a.jpg"));
    let page = site.page("grid/index.html");
    assert_eq!(page.one("img").value().attr("src"), Some("map.png"));
    assert_links_ok(&site.out());

    site.write("content/grid/map.png", "another png");
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(
        run.stderr.contains(
            "content/grid/map.png: error: publishes to the same `grid/map.png` as content/Grid/map.png"
        ),
        "{run}"
    );
    assert_eq!(run.stderr.matches(": error: ").count(), 1, "{run}");
    site.check().assert_code(1);
}

// Every mistake of brief.yaml is reported in one run, each at its key's own line (a
// comment mentioning the key is not it); only the first was, one run per fix.
#[test]
fn every_brief_yaml_error_at_once() {
    let site = site().file(
        "brief.yaml",
        "# paginate_by: how many a page\ntitle: T\nlanguage: english\nbase_url: x.org\npaginate_by: 0\ncitation_style: chicago\nbase_ulr: /\nlangauge: en\n",
    );
    for run in [site.build(&[]), site.check()] {
        run.assert_code(1);
        let found: Vec<(u32, u32)> = run.errors().iter().map(|d| (d.line, d.col)).collect();
        assert_eq!(
            found,
            [(3, 11), (4, 11), (5, 1), (6, 17), (7, 1), (8, 1)],
            "{run}"
        );
        run.assert_summary_matches();
    }
}

// A date whose time is no time (`25:00`, `99:99`) is an error at the value saying which
// part is wrong; it was accepted, the time dropped.
#[test]
fn a_time_out_of_range_is_an_error_at_the_value() {
    let site = site()
        .file(
            "content/a.md",
            "---\ntitle: A\ndate: 2025-01-01T25:00:00Z\nupdated: 2025-01-02 10:99\nsources: [wire]\n---\nClaim [@wire].\n",
        )
        .file("content/b.md", "---\ntitle: B\ndate: 2025-01-01T23:59:60Z\n---\n");
    let run = site.build(&[]);
    run.assert_code(1);
    let found: Vec<(u32, u32, String)> = run
        .errors()
        .into_iter()
        .map(|d| (d.line, d.col, d.message))
        .collect();
    assert_eq!(
        found,
        [
            (
                3,
                7,
                "invalid date `2025-01-01T25:00:00Z`: there is no hour 25 (0–23)".to_owned()
            ),
            (
                4,
                10,
                "invalid date `2025-01-02 10:99`: there is no minute 99 (0–59)".to_owned()
            ),
        ],
        "{run}"
    );
}

// A seed's `published:` and `modified:` take a date with a time, as a page's metadata
// gives it and as a brief's `date:` does: the day is kept. It was an error ("expected a
// date as YYYY-MM-DD, or YYYY-MM"). A time that is no time is still an error at the value.
#[test]
fn a_seed_date_with_a_time_keeps_its_day() {
    let site = SiteTest::new()
        .file(
            "seeds/wire.md",
            "---\ntitle: Wire story\noutlet: Wire\npublished: 2025-02-25T10:30:00Z\nmodified: 2025-02-26 08:00\n---\nThe deal is worth $500 billion.\n",
        )
        .file("content/a.md", brief("It is worth $500 billion [@wire]."));
    let run = site.build(&[]);
    run.assert_code(0);
    let archive = site.page("sources/wire/index.html");
    assert!(archive.source.contains("2025-02-25"), "{}", archive.source);
    assert!(!archive.source.contains("10:30"), "{}", archive.source);
    site.write(
        "seeds/wire.md",
        "---\ntitle: Wire story\noutlet: Wire\npublished: 2025-02-25T24:30:00Z\n---\nText.\n",
    );
    let run = site.build(&[]);
    run.assert_code(1);
    let d = run.error_in("seeds/wire.md");
    assert_eq!((d.line, d.col), (4, 12), "{run}");
    assert!(d.message.contains("there is no hour 24"), "{run}");
}

// Item 9: base_url validated at its line; `--base-url` overrides it; the sitemap leaves
// out `noindex` archive pages.
#[test]
fn base_url_rules() {
    let site = site()
        .file("brief.yaml", "title: T\nbase_url: example.org/briefing\n")
        .file("content/a.md", brief("Claim [@wire]."));
    let run = site.build(&[]);
    run.assert_code(1);
    let d = run.error_in("brief.yaml");
    assert_eq!((d.line, d.col), (2, 11), "{run}");
    site.write("brief.yaml", "title: T\nbase_url: https://example.org/\n");
    let run = site.build(&["--base-url", "https://preview.example.org/x/"]);
    run.assert_code(0);
    let sitemap = fs::read_to_string(site.out().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("https://preview.example.org/x/a/"));
    assert!(!sitemap.contains("sources/wire/"), "{sitemap}");
    let run = site.build(&["--base-url", "https://x.org/?q=1"]);
    run.assert_code(2);
    // `check` and `serve` take the override too, and validate it as `build` does: a bad
    // value on the command line is a usage error, said once before any build.
    for command in [&["check"][..], &["serve", "--port", "0"][..]] {
        let mut args = command.to_vec();
        args.extend(["--base-url", "https://x.org/#top"]);
        let run = site.run(&args);
        run.assert_code(2);
        assert!(run.stderr.contains("`--base-url`"), "{command:?}: {run}");
        assert_eq!(
            run.stderr.matches("error:").count(),
            1,
            "{command:?}: {run}"
        );
    }
    site.write("brief.yaml", "title: T\nlanguage: english\n");
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(run.stderr.contains("did you mean `en`?"), "{run}");
    site.write("brief.yaml", "title: T\ncitation_style: chicago\n");
    let run = site.build(&[]);
    assert!(
        run.stderr.contains("did you mean `chicago-author-date`?"),
        "{run}"
    );
}

// Item 10: drafts skipped are counted with how to include them; check checks drafts.
#[test]
fn drafts_are_never_a_mystery() {
    let site = site().file(
        "content/wip.md",
        "---\ntitle: WIP\ndraft: true\nsources: [wire]\n---\nClaim [@wrie].\n",
    );
    let run = site.build(&[]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("note: 1 draft skipped (`draft: true`); include it with --drafts"),
        "{run}"
    );
    let run = site.check();
    run.assert_code(1);
    run.error_in("content/wip.md");
}

// Item 11: `brief new` refuses what cannot work, with exit 2 and the build's wording.
#[test]
fn new_refuses_what_cannot_work() {
    let site = site();
    for (path, says) in [
        ("index", "which brief uses for its own pages"),
        ("404", "which brief uses for its own pages"),
        ("sources/x", "which brief uses for its own pages"),
        ("search/x", "which brief uses for its own pages"),
        (".hidden", "hidden or temporary"),
        ("a\\b", "backslash"),
        ("x.txt", "ends in `.txt`"),
        ("x/ ", "is not a brief path"),
    ] {
        let run = site.run(&["new", path]);
        run.assert_code(2);
        assert!(run.stderr.contains(says), "{path}: {run}");
    }
    assert!(!site.root().join("content").exists(), "nothing written");
    let empty = SiteTest::empty();
    empty.run(&["new", "x"]).assert_code(2);
    site.run(&["new", "x"]).assert_code(0);
    // Any name it accepts makes a brief that checks clean once it is no draft: a title
    // from a name with no word in it, a quote, a tab.
    let names = ["notes/---", "a\"b: c #d", "tab\there"];
    for path in names {
        site.run(&["new", path]).assert_code(0);
    }
    for name in names.iter().chain(&["x"]) {
        let file = format!("content/{name}.md");
        let text = site.read_source(&file);
        site.write(&file, text.replace("draft: true", "draft: false"));
    }
    let run = site.check();
    run.assert_code(0);
    assert!(
        site.read_source("content/notes/---.md")
            .contains("title: \"---\""),
        "{run}"
    );
}

// `brief new` refuses, exit 2, a path whose URL the build would reject — a listing's
// pagination, another brief's URL, a listing the new folder would make over a brief —
// in the build's own words, and gives a section's `_index` a section's front matter.
#[test]
fn new_refuses_what_the_build_would_reject() {
    let site = site()
        .file("content/library-hours.md", brief("Text."))
        .file("content/y.markdown", brief("Text."));
    for (path, says) in [
        ("page/2", "where the home page puts its page 2"),
        ("a/page/3", "where the listing `a/` puts its page 3"),
        (
            "Library Hours",
            "publishes to the same URL `library-hours/`",
        ),
        (
            "library-hours/sub",
            "the listing page of the folder content/library-hours/",
        ),
        ("y", "publishes to the same URL `y/`"),
        ("library-hours", "already exists"),
    ] {
        let run = site.run(&["new", path]);
        run.assert_code(2);
        assert!(run.stderr.contains(says), "{path}: {run}");
        assert!(run.stderr.contains("help:"), "{path}: {run}");
    }
    site.run(&["check"]).assert_code(0);
    // A section's introduction, and the home page's.
    for path in ["a/_index", "_index"] {
        site.run(&["new", path]).assert_code(0);
    }
    let section = site.read_source("content/a/_index.md");
    assert!(section.contains("title: \"A\""), "{section}");
    assert!(
        !section.contains("date:") && !section.contains("sources:"),
        "{section}"
    );
    // What `new` accepts, the build accepts.
    site.run(&["new", "a/b"]).assert_code(0);
    site.run(&["new", "library-hours/page"]).assert_code(2);
    let run = site.run(&["check"]);
    run.assert_code(0);
}

// Usage errors exit 2 in every command: a folder that is not a site (in the words every
// command uses), a name or id that cannot be one, a folder or file in the way, a bad
// `--base-url` (said once, before any build), a seed id that names no seed.
#[test]
fn usage_errors_exit_2_in_every_command() {
    let site = site().file("content/a.md", brief("Claim [@wire]."));
    site.write("page.html", "<p>A page with a paragraph of text in it.</p>");
    let empty = SiteTest::empty();
    for args in [
        &["seed", "add", "page.html"][..],
        &["seed", "import", "x.bib"][..],
        &["seed", "check"][..],
    ] {
        let run = empty.run(args);
        run.assert_code(2);
        assert!(run.stderr.contains("is not a brief site"), "{run}");
        let mut args = args.to_vec();
        args.extend(["--root", "/nonexistent"]);
        let run = site.run(&args);
        run.assert_code(2);
        assert!(
            run.stderr.contains("`/nonexistent` does not exist"),
            "{run}"
        );
    }
    site.run(&["theme", "eject", "taken"]).assert_code(0);
    site.run(&["new", "x"]).assert_code(0);
    for args in [
        &["theme", "eject", "../x"][..],
        &["theme", "eject", "a b"][..],
        &["theme", "eject", ""][..],
        &["theme", "eject", "a/b"][..],
        &["theme", "eject", "taken"][..],
        &["seed", "add", "page.html", "--id", "a b"][..],
        &["new", "x"][..],
        &["check", "--base-url", "example.org"][..],
        &["build", "--base-url", "example.org"][..],
        &["serve", "--port", "0", "--base-url", "example.org"][..],
        &["seed", "check", "nonexistent-id"][..],
    ] {
        let run = site.run(args);
        run.assert_code(2);
        assert_eq!(run.stderr.matches("error:").count(), 1, "{run}");
        assert!(!run.stderr.contains("built:"), "{run}");
    }
    assert!(!site.exists(""), "a usage error wrote output");
    assert!(!site.root().join("seeds/a-b.md").exists());
    assert!(!site.root().join("themes/x").exists());
}

// Item 12: serve on no site exits 2; a failed first build without --watch exits 1.
#[test]
fn serve_without_a_site_or_with_errors() {
    let empty = SiteTest::empty();
    empty.run(&["serve", "--port", "0"]).assert_code(2);
    let site = site().file("content/a.md", brief("Claim [@wrie]."));
    let run = site.run(&["serve", "--port", "0"]);
    run.assert_code(1);
    assert!(run.stderr.contains("cites unknown source"), "{run}");
}

// Item 13: a seed id that cannot be cited is refused with a suggested rename.
#[test]
fn uncitable_seed_ids_are_refused() {
    let site = site().file("seeds/AP News 2025.md", SEED);
    let run = site.build(&[]);
    run.assert_code(1);
    assert!(
        run.stderr
            .contains("rename the file to seeds/ap-news-2025.md and cite it as [@ap-news-2025]"),
        "{run}"
    );
}

// Item 4: dashes and `. . .` as people type them; a quote not found shows the closest
// passage.
#[test]
fn quotes_as_people_type_them() {
    let site = site().file(
        "content/a.md",
        brief(
            "They \"wait in the queue -- or give up\" [@wire]. It is \"jointly owned . . . governments\" [@wire].\n\nThe rules were \"written for and by the big players\" [@wire].",
        ),
    );
    let run = site.check();
    run.assert_code(1);
    assert_eq!(run.errors().len(), 1, "{run}");
    assert!(
        run.stderr.contains("the seed says: “")
            && run.stderr.contains("by and for the big players"),
        "{run}"
    );
}

// Item 5: paragraph locators are checked, linked to `#pN`, and compared with the quote;
// a quote across two paragraphs is anchored once.
#[test]
fn locators_mean_something() {
    let site = site().file(
        "content/a.md",
        brief(
            "Far [@wire, para. 9]. Near [@wire, ¶ 2]. They \"give up\" [@wire, para. 3].\n\nAcross: \"critics said. The fund will\" [@wire].",
        ),
    );
    let run = site.build(&[]);
    run.assert_code(0);
    let warnings = run.warnings();
    assert!(
        warnings.iter().any(|d| d
            .message
            .contains("`para. 9` points past the end of `wire`, which has 3 paragraphs")),
        "{run}"
    );
    assert!(
        warnings.iter().any(|d| d
            .message
            .contains("the quote is in paragraph 1 of `wire`, not in para. 3")),
        "{run}"
    );
    let page = site.page("a/index.html");
    assert!(
        page.select(".locator a[href]").iter().any(|a| a
            .value()
            .attr("href")
            .is_some_and(|h| h.ends_with("sources/wire/index.html#p2"))),
        "no link to #p2"
    );
    let archive = fs::read_to_string(site.out().join("sources/wire/index.html")).unwrap();
    let mut ids: Vec<&str> = archive
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids on the archive page");
}

// Item 17: `brief theme eject` writes the built-in theme and refuses to overwrite.
#[test]
fn theme_eject() {
    let site = site().file("content/a.md", brief("Claim [@wire]."));
    site.run(&["theme", "eject", "mine"]).assert_code(0);
    assert!(
        site.root()
            .join("themes/mine/templates/brief.html")
            .exists()
    );
    assert!(site.root().join("themes/mine/static/style.css").exists());
    site.write("themes/mine/templates/brief.html", "changed");
    let run = site.run(&["theme", "eject", "mine"]);
    run.assert_code(2);
    assert!(run.stderr.contains("never overwrites"), "{run}");
    assert_eq!(
        site.read_source("themes/mine/templates/brief.html"),
        "changed"
    );
    // An ejected theme builds the site as the built-in one does.
    site.run(&["theme", "eject", "other"]).assert_code(0);
    site.write("brief.yaml", "title: T\ntheme: other\n");
    site.build_clean();
}

// `brief new` and `brief theme eject` refuse, exit 2, to write where the build would not
// read — through a symbolic link leading out of the site (the build refuses it) or to
// nowhere — and what is in the way: a broken link at the brief's own name, a file where
// a folder is needed. Each is named with a help; nothing is written anywhere.
#[test]
fn new_and_eject_refuse_links_out_of_the_site_and_files_in_the_way() {
    let site = site();
    let elsewhere = site.tmp().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::create_dir(site.root().join("content")).unwrap();
    let link = |name: &str, to: &std::path::Path| {
        std::os::unix::fs::symlink(to, site.root().join(name)).unwrap();
    };
    link("content/shared", &elsewhere);
    link("themes", &elsewhere);
    link("content/old.md", std::path::Path::new("nowhere.md"));
    link("content/gone", std::path::Path::new("nowhere"));
    site.write("content/notes", "a file");
    for (args, says) in [
        (
            &["new", "shared/note"][..],
            "content/shared leads outside the site",
        ),
        (
            &["new", "shared/deep/note"][..],
            "content/shared leads outside the site",
        ),
        (
            &["theme", "eject", "mine"][..],
            "themes leads outside the site",
        ),
        (
            &["new", "old"][..],
            "content/old.md already exists (a symbolic link to nowhere.md)",
        ),
        (
            &["new", "gone/a"][..],
            "content/gone is a symbolic link to nowhere, which does not exist",
        ),
        (&["new", "notes/a"][..], "content/notes is a file"),
    ] {
        let run = site.run(args);
        run.assert_code(2);
        assert!(run.stderr.contains(says), "{args:?}: {run}");
        assert!(run.stderr.contains("help:"), "{args:?}: {run}");
        assert!(!run.stderr.contains("os error"), "{args:?}: {run}");
    }
    assert_eq!(
        fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "written outside"
    );
    assert_eq!(site.read_source("content/notes"), "a file");
    // A link that stays inside the site is followed, as the build follows it.
    fs::remove_file(site.root().join("themes")).unwrap();
    fs::create_dir(site.root().join("real-themes")).unwrap();
    link("themes", &site.root().join("real-themes"));
    site.run(&["theme", "eject", "mine"]).assert_code(0);
    assert!(
        site.root()
            .join("real-themes/mine/static/search.js")
            .is_file()
    );
}

// Item 6: colour on a terminal, none when `NO_COLOR` is set or stderr is not a terminal.
// `script` (util-linux) gives the binary a real pseudo-terminal.
#[test]
fn colour_on_a_terminal_unless_no_color() {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but `script` (util-linux) is missing"
        );
        eprintln!("skipped: `script` (util-linux) is not installed; it gives brief a terminal");
        return;
    }
    let site = site().file("content/a.md", brief("Text [@nope]."));
    let command = format!(
        "{} check --root {}",
        env!("CARGO_BIN_EXE_brief"),
        site.root().display()
    );
    let on_terminal = |no_color: Option<&str>| {
        let mut script = std::process::Command::new("script");
        script.args(["-qec", &command, "/dev/null"]);
        script.env_remove("NO_COLOR");
        if let Some(v) = no_color {
            script.env("NO_COLOR", v);
        }
        let out = script.output().expect("run script");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let coloured = on_terminal(None);
    assert!(coloured.contains("unknown source `nope`"), "{coloured}");
    assert!(
        coloured.contains("\x1b[1;31merror:"),
        "no colour on a terminal: {coloured:?}"
    );
    let plain = on_terminal(Some("1"));
    assert!(
        plain.contains("error: cites unknown source `nope`"),
        "{plain}"
    );
    assert!(
        !plain.contains('\x1b'),
        "colour despite NO_COLOR: {plain:?}"
    );
    // Not a terminal (a pipe, as in CI logs): no colour either.
    let piped = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["check", "--root"])
        .arg(site.root())
        .env_remove("NO_COLOR")
        .output()
        .expect("run brief");
    let piped = String::from_utf8_lossy(&piped.stderr);
    assert!(
        piped.contains("error: cites unknown source `nope`"),
        "{piped}"
    );
    assert!(!piped.contains('\x1b'), "colour in a pipe: {piped:?}");
}

// A brief whose name makes the URL of a folder's listing is told the folder as it is on
// disk (`content/a b/`, not `content/a:b/`, which does not exist).
#[test]
fn listing_clash_names_the_real_folder() {
    let site = site()
        .file("content/a b/c.md", brief("Text."))
        .file("content/a:b.md", brief("Text."));
    let run = site.check();
    run.assert_code(1);
    let d = run.error_in("content/a:b.md");
    assert!(
        d.message
            .contains("the listing page of the folder content/a b/"),
        "{run}"
    );
    assert!(!run.stderr.contains("content/a:b/"), "{run}");
    assert!(run.stderr.contains("content/a b/_index.md"), "{run}");
}

// Seed ids that differ only in case publish `sources/Doe2025/` and `sources/doe2025/`,
// one folder on a case-insensitive disk or host: an error at the second, naming both.
#[test]
fn seed_ids_differing_only_in_case_are_an_error() {
    let site = site()
        .file("seeds/Doe2025.md", SEED)
        .file("seeds/doe2025.md", SEED);
    let run = site.check();
    run.assert_code(1);
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{run}");
    assert!(errors[0].is_in("seeds/doe2025.md"), "{run}");
    assert!(run.stderr.contains("seeds/Doe2025.md"), "{run}");
    assert!(errors[0].message.contains("differ only in case"), "{run}");
}

// A figure cited to a seed with no text is the quote's warning — nothing to check
// against — once for the sentence, not an error that the figure is not in the seed.
#[test]
fn a_figure_cited_to_a_seed_without_text_is_a_warning() {
    let site = SiteTest::new()
        .file(
            "seeds/doe2025.md",
            "---\ntitle: A paper\noutlet: A journal\npublished: 2025-01-01\nimported: \"lib.bib\"\n---\n",
        )
        .file(
            "content/a.md",
            "---\ntitle: A\nsources: [doe2025]\n---\nThe fund holds $500 billion, 40% of it for Kyiv [@doe2025]. He called it \"a big fund\" [@doe2025].\n",
        );
    for run in [site.check(), site.build(&["--strict"])] {
        run.assert_code(0);
        let warnings = run.warnings();
        assert_eq!(warnings.len(), 2, "{run}");
        assert!(
            warnings
                .iter()
                .all(|w| w.message.starts_with("nothing to check against")),
            "{run}"
        );
        assert!(
            warnings[0].message.contains("“$500 billion” and “40%”"),
            "{run}"
        );
        assert!(!run.stderr.contains("figure not found"), "{run}");
    }
}

// A reader who stops reading (`brief build 2>&1 | head -1`, a CI step that closed its log)
// closes the pipe brief writes to. The command still finishes its work and exits with its
// own code, not a panic's 101: the warnings, the summary and the machine formats all go
// to a pipe whose reading end is closed before brief starts.
#[test]
fn a_closed_pipe_is_not_a_panic() {
    let site = site().file(
        "content/a.md",
        brief("He said \"the deal is done\" [@wire]."),
    );
    let root = site.root().to_str().unwrap().to_owned();
    let closed = || {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        writer
    };
    let run = |args: &[&str], stdout_closed: bool| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_brief"));
        command
            .args(args)
            .current_dir(site.tmp())
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::null());
        if stdout_closed {
            command
                .stdout(closed())
                .stderr(std::process::Stdio::piped());
        } else {
            command
                .stderr(closed())
                .stdout(std::process::Stdio::piped());
        }
        let out = command.output().expect("run brief");
        let told = String::from_utf8_lossy(if stdout_closed {
            &out.stderr
        } else {
            &out.stdout
        });
        assert!(!told.contains("panicked"), "{args:?}: {told}");
        out.status.code()
    };
    // A build with a warning (the quote is not in the seed): written, exit 0.
    assert_eq!(run(&["build", "--root", &root], false), Some(0));
    assert!(site.exists("a/index.html"), "the build was not written");
    // The same quote is an error for check: exit 1, in each format.
    assert_eq!(run(&["check", "--root", &root], false), Some(1));
    assert_eq!(
        run(&["check", "--root", &root, "-f", "json"], true),
        Some(1)
    );
    // Usage errors (exit 2) and `new`, which names its file on stdout.
    assert_eq!(run(&["build", "--root", "no/such/site"], false), Some(2));
    assert_eq!(run(&["new", "b", "--root", &root], true), Some(0));
    assert!(site.root().join("content/b.md").is_file());
}
