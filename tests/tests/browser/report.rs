//! The printable report in real Chromium: opened from the moderator page, it shows the
//! workshop's header, every group's and the combined grid and graph, every stakeholder (hostile
//! names as plain text), its print rules (A4, no buttons, a new page per group), and Chromium
//! prints it to a PDF.

use e2e::{Browser, Server, id_and_key};
use fantoccini::wd::{PrintConfiguration, PrintMargins, PrintSize};
use serde_json::{Value, json};

const HOSTILE: &str = "<script>window.__pwned = 1</script>";
const FORMULA: &str = "=HYPERLINK(\"http://example.com\",\"x\") 🏛️";

/// Adds a stakeholder to a group through the API; returns its id.
async fn add(server: &Server, w: &Value, group: usize, name: &str, interests: &str) -> String {
    let body = json!({"group_id": w["groups"][group]["id"], "name": name,
        "category": "state", "level": "national", "interest": 4, "influence": 3,
        "attitude": "supportive", "interests": interests, "cooperation": "Совместные проекты"});
    server.add(w, "stakeholders", body).await
}

/// Two groups: three stakeholders (one named like a script, one like a formula) and two, a
/// relationship in each, and one merge across them.
async fn room(server: &Server) -> Value {
    let w = server.full_workshop().await;
    let ministry = add(server, &w, 0, "Министерство юстиции", "Законы").await;
    let hostile = add(
        server,
        &w,
        0,
        HOSTILE,
        "<img src=x onerror=\"window.__pwned = 2\">",
    )
    .await;
    add(server, &w, 0, FORMULA, "").await;
    let short = add(server, &w, 1, "Минюст", "").await;
    let council = add(server, &w, 1, "Жогорку Кеңеш", "").await;
    for (from, to, kind) in [
        (&ministry, &hostile, "cooperation"),
        (&short, &council, "funding"),
    ] {
        let body = json!({"from": from, "to": to, "kind": kind, "strength": 2, "directed": true});
        server.add(&w, "relationships", body).await;
    }
    let merge = json!({"members": [ministry, short], "verdict": "same"});
    server.add(&w, "merges", merge).await;
    w
}

#[tokio::test]
async fn the_report_shows_every_group_and_prints_on_a4() {
    let server = Server::start().await;
    let w = room(&server).await;
    let (id, key) = id_and_key(&w);
    let browser = Browser::start(1280, 900).await;
    browser
        .open(&format!(
            "{}/moderator/{id}?section=pictures#key={key}",
            server.base
        ))
        .await;
    // This device reads Kyrgyz; the report speaks the workshop's Russian and leaves the
    // device's choice alone.
    browser.tap("[data-lang=ky]").await;
    browser
        .until(
            "the moderator page in Kyrgyz",
            "document.cookie.includes('stakemap_lang=ky')",
        )
        .await;
    browser.tap("[data-testid=report]").await;
    browser
        .until(
            "the report's header",
            "document.querySelector('[data-testid=report-title]')?.textContent === 'Клуб депутатов-женщин'",
        )
        .await;
    pictures_and_facts(&browser).await;
    every_stakeholder_as_text(&browser).await;
    // The moderator key is remembered but no longer in the address (a printed page's footer
    // shows it).
    browser
        .until(
            "the key out of the address",
            "!location.href.includes('key=')",
        )
        .await;
    browser.screenshot("report").await;

    print_rules(&browser).await;
    prints_on_a4(&browser).await;
    // Upright on a tablet: the document fills the screen without scrolling sideways.
    browser.viewport(768, 1024).await;
    browser
        .until(
            "the report fits a tablet's width",
            "document.documentElement.scrollWidth <= window.innerWidth
             && document.querySelector('[data-testid=report-document]').getBoundingClientRect().width >= 700",
        )
        .await;
    browser.screenshot("report-tablet").await;
    assert!(
        browser
            .script("return document.cookie;")
            .await
            .as_str()
            .is_some_and(|c| c.contains("stakemap_lang=ky")),
        "the device's language is unchanged"
    );

    // The language switch turns the report into another language (and is the device's choice).
    browser.tap("[data-lang=en]").await;
    browser
        .until(
            "the report in English",
            "document.querySelector('[data-testid=report-document]').lang === 'en'
             && document.querySelector('.report-kind').textContent === 'Report'
             && document.cookie.includes('stakemap_lang=en')",
        )
        .await;
    browser.close().await;
}

/// A grid and a graph for each group and for the combined map, the setup's facts and the
/// groups' counts.
async fn pictures_and_facts(browser: &Browser) {
    // A grid and a graph for each group and for the combined map, drawn by the shared
    // components (their SVG), with the groups' counts in the header.
    browser
        .until(
            "three grids and three graphs",
            "document.querySelectorAll('[data-testid=report-group] [data-testid=grid] svg').length === 2
             && document.querySelectorAll('[data-testid=report-group] [data-testid=graph] svg').length === 2
             && document.querySelectorAll('[data-testid=report-combined] [data-testid=grid] svg').length === 1
             && document.querySelectorAll('[data-testid=report-combined] [data-testid=graph] svg').length === 1",
        )
        .await;
    // Focal subject, question, date, place, and the day the report was made.
    let facts = browser
        .script(
            "const dd = [...document.querySelectorAll('.report-facts dd')].map(d => d.textContent);
             return [dd.length, ...dd.slice(0, 4)];",
        )
        .await;
    assert_eq!(
        facts,
        json!([
            5,
            "Клуб женщин-депутатов кенешей",
            "Кто заинтересованные стороны Клуба?",
            "2022-07-18",
            "Бишкек"
        ])
    );
    let counts = browser
        .script(
            "return [...document.querySelectorAll('[data-testid=report-group-row]')]
                .map(r => [...r.children].map(c => c.textContent));",
        )
        .await;
    assert_eq!(
        counts,
        json!([["Группа 1", "3", "1"], ["Группа 2", "2", "1"]])
    );
}

/// Every stakeholder by name and every field, as text; the disagreements and the worksheet.
async fn every_stakeholder_as_text(browser: &Browser) {
    // Every stakeholder by name, as text: the script tag is a name, not a script.
    let names = browser
        .script(
            "return [...document.querySelectorAll('[data-testid=report-stakeholder] th')]
                .map(th => th.textContent).sort();",
        )
        .await;
    let mut expected = vec![
        "Министерство юстиции",
        HOSTILE,
        FORMULA,
        "Минюст",
        "Жогорку Кеңеш",
    ];
    expected.sort_unstable();
    assert_eq!(names, json!(expected));
    let inert = browser
        .script(
            "const sheet = document.querySelector('[data-testid=report-document]');
             return [window.__pwned === undefined, sheet.querySelectorAll('script, img').length,
                     sheet.textContent.includes('onerror')];",
        )
        .await;
    assert_eq!(inert, json!([true, 0, true]));
    // Every field, in the workshop's language; the first row (by category, level, then name)
    // is the hostile one, its interests a tag kept as text.
    let row = browser
        .script(
            "return [...document.querySelector('[data-testid=report-stakeholder]').children]
                .map(c => c.textContent);",
        )
        .await;
    assert_eq!(
        row,
        json!([
            HOSTILE,
            "Государственные структуры · Национальный",
            "4 / 3",
            "Тесно сотрудничать",
            "Поддерживает",
            "<img src=x onerror=\"window.__pwned = 2\">",
            "Совместные проекты"
        ])
    );
    let contested = browser
        .text("[data-testid=report-combined] .contested")
        .await;
    assert!(
        contested.contains("Министерство юстиции (2)"),
        "{contested}"
    );
    browser
        .find("[data-testid=report-combined] [data-testid=worksheet]")
        .await;
}

/// The print rules, read from the style sheet.
async fn print_rules(browser: &Browser) {
    // The print rules: A4 pages; no buttons; each group from a new page; table headers
    // repeated. Read from the style sheet, since WebDriver cannot switch the page to print.
    let print = browser
        .script(
            "const rules = [...document.styleSheets]
                 .flatMap(s => { try { return [...s.cssRules]; } catch (e) { return []; } });
             const print = rules
                 .filter(r => r instanceof CSSMediaRule && r.media.mediaText.includes('print'))
                 .flatMap(r => [...r.cssRules]);
             const value = (el, prop) => print
                 .filter(r => r.selectorText && el.matches(r.selectorText))
                 .map(r => r.style.getPropertyValue(prop))
                 .filter(v => v !== '')
                 .pop() || '';
             const button = document.querySelector('[data-testid=print]');
             const section = document.querySelector('[data-testid=report-group]');
             const head = document.querySelector('[data-testid=report-stakeholders] thead');
             return [
                 rules.some(r => r instanceof CSSPageRule
                     && r.style.getPropertyValue('size').toUpperCase() === 'A4'),
                 getComputedStyle(button).display !== 'none',
                 value(button, 'display'),
                 value(section, 'break-before'),
                 value(head, 'display'),
                 value(document.querySelector('.top-bar'), 'display'),
             ];",
        )
        .await;
    assert_eq!(
        print,
        json!([true, true, "none", "page", "table-header-group", "none"])
    );
}

/// Chromium's own print of the page, kept in `target/e2e/report.pdf`.
async fn prints_on_a4(browser: &Browser) {
    // What "Save as PDF" makes: Chromium's own print of the page, on A4.
    let pdf = browser
        .client
        .print(
            PrintConfiguration::builder()
                .size(PrintSize::A4)
                .margins(PrintMargins {
                    top: 1.4,
                    bottom: 1.4,
                    left: 1.2,
                    right: 1.2,
                })
                .build()
                .expect("print settings"),
        )
        .await
        .expect("prints");
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let pages = pdf
        .windows(b"/Type /Page".len() + 1)
        .filter(|w| w.starts_with(b"/Type /Page") && w[w.len() - 1] != b's')
        .count();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    std::fs::create_dir_all(&dir).expect("folder");
    std::fs::write(dir.join("report.pdf"), &pdf).expect("written");
    // The header, then each group and the combined map from a page of its own.
    assert!(pages >= 4, "{pages} pages");
}
