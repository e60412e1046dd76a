//! Drawing. `view` is a pure function of the App: it reads and draws, it decides nothing.

pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod field;
pub mod help;
pub mod home;
pub mod layout;
pub mod outbox;
pub mod screen;
pub mod theme;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Front, Hit, MIN_HEIGHT, MIN_WIDTH, SandboxStatus, Toast, Tone, Viewport};
use crate::lang::tr;
use crate::tr;
use theme::Theme;

/// What a frame drew that `update` needs and cannot compute without drawing: where each
/// clickable thing is, and how much each scrolling part could show.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drawn {
    /// Later entries are drawn over earlier ones.
    pub hits: Vec<(Rect, Hit)>,
    pub viewport: Viewport,
}

impl Drawn {
    /// What a click at (column, row) lands on: the topmost thing drawn there.
    pub fn hit_at(&self, column: u16, row: u16) -> Option<Hit> {
        let at = ratatui::layout::Position::new(column, row);
        self.hits
            .iter()
            .rev()
            .find(|(rect, _)| rect.contains(at))
            .map(|(_, hit)| *hit)
    }
}

/// Draws the app, and says what the frame holds that a click or a page move needs.
pub fn view(app: &App, frame: &mut Frame) -> Drawn {
    let area = frame.area();
    let theme = Theme::new(app.color);
    if app.too_small() {
        too_small(app, frame, area, &theme);
        return Drawn {
            hits: Vec::new(),
            viewport: app.viewport,
        };
    }
    let areas = layout::split(area, app);
    let body = areas.body;
    header(app, frame, areas.header, &theme);
    let hits = match (app.front, &app.flows) {
        (Front::Cozy, flows) if let Some(flow) = &flows.cozy => tag(
            cozy::layout(flow, app, body, &theme).draw(frame, body, &theme),
            Hit::Cozy,
        ),
        (Front::Cleura, flows) if let Some(flow) = &flows.cleura => tag(
            cleura::layout(flow, app, body, &theme).draw(frame, body, &theme),
            Hit::Cleura,
        ),
        (Front::CloudSigma, flows) if let Some(flow) = &flows.cloudsigma => tag(
            cloudsigma::layout(flow, app, body, &theme).draw(frame, body, &theme),
            Hit::CloudSigma,
        ),
        _ => home::draw(&app.home, app, frame, body, &theme),
    };
    if let Some(panel) = areas.outbox {
        outbox::draw(&app.outbox, app.config.lang(), frame, panel, &theme);
    }
    footer(app, frame, areas.footer, &theme);
    if let Some(toast) = &app.toast {
        notice(toast, frame, area, areas.footer, &theme);
    }
    if app.outbox.overlay {
        outbox::draw_over(&app.outbox, app.config.lang(), frame, areas.body, &theme);
    }
    if app.help_open {
        help::draw(app, frame, area, &theme);
    }
    if app.confirm_quit {
        confirm_quit(app, frame, area, &theme);
    }
    let covered = app.help_open || app.outbox.overlay || app.confirm_quit;
    Drawn {
        hits: if covered { Vec::new() } else { hits },
        viewport: viewport_in(app, body, terms_in_front(app)),
    }
}

/// The room the screens have in a terminal of the app's size, as `view` reports it once it
/// has drawn every screen (the terms' length included): for driving `update` without
/// drawing.
pub fn viewport(app: &App) -> Viewport {
    if app.too_small() {
        return app.viewport;
    }
    let (width, height) = app.size;
    viewport_in(
        app,
        layout::split(Rect::new(0, 0, width, height), app).body,
        true,
    )
}

fn terms_in_front(app: &App) -> bool {
    match (app.front, &app.flows.cozy) {
        (Front::Cozy, Some(flow)) => {
            flow.web.is_none() && matches!(flow.step, crate::app::cozy::Step::Terms)
        }
        _ => false,
    }
}

/// The room in `body`; the terms' length counted anew with `count_terms`. Counting wraps
/// the whole text, so a frame counts it only while the terms are in front, not for every
/// frame of every screen (the home's first frame among them); elsewhere the last count
/// stands, and the frame that first shows the terms counts them before a key can scroll.
fn viewport_in(app: &App, body: Rect, count_terms: bool) -> Viewport {
    Viewport {
        table_rows: cleura::page_rows(app, body),
        terms_rows: cozy::terms_page(body),
        terms_max: if count_terms {
            cozy::terms_scroll_max(app.config.lang(), body)
        } else {
            app.viewport.terms_max
        },
    }
}

fn tag<T>(hits: Vec<(Rect, T)>, as_hit: fn(T) -> Hit) -> Vec<(Rect, Hit)> {
    hits.into_iter()
        .map(|(rect, target)| (rect, as_hit(target)))
        .collect()
}

fn too_small(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = app.config.lang();
    let mut text = vec![
        Line::styled(tr(lang, "too-small-title"), theme.error()),
        Line::raw(tr!(
            lang,
            "too-small-size",
            width = area.width,
            height = area.height,
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT
        )),
    ];
    match app.unfinished().filter(|_| app.confirm_quit) {
        Some(what) => text.extend([
            Line::styled(tr!(lang, "too-small-quit-while", what), theme.title()),
            Line::raw(tr(lang, "too-small-choice")),
        ]),
        None => text.push(Line::raw(tr(lang, "too-small-enlarge"))),
    }
    let height = (text.len() as u16).min(area.height);
    let y = area.y + area.height.saturating_sub(height) / 2;
    let rect = Rect::new(area.x, y, area.width, area.height - (y - area.y));
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .alignment(ratatui::layout::Alignment::Center),
        rect,
    );
}

fn header(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut spans = vec![Span::styled(" cloudboard ", theme.header())];
    let title = app.title();
    if !title.is_empty() {
        spans.push(Span::styled(format!("› {title} "), theme.header()));
    }
    let left: usize = spans.iter().map(|s| s.width()).sum();
    let lang = app.config.lang();
    let sandbox_at = |url: &str| {
        vec![
            format!("{} ", tr!(lang, "shared-header-sandbox", url)),
            // Without its address when the title leaves no room for it: a person should
            // always see that nothing here is real.
            format!("{} ", tr(lang, "shared-header-sandbox-short")),
        ]
    };
    let choices = match &app.sandbox_status {
        SandboxStatus::Off => match &app.sandbox_url {
            Some(url) => sandbox_at(url),
            None => Vec::new(),
        },
        SandboxStatus::Starting => vec![format!(
            "{} {} ",
            theme::spinner(app.spinner),
            tr(lang, "shared-header-sandbox-starting")
        )],
        SandboxStatus::Ready => sandbox_at(app.sandbox_url.as_deref().unwrap_or_default()),
        SandboxStatus::Failed(_) => vec![format!("{} ", tr(lang, "shared-header-sandbox-failed"))],
    };
    let width = usize::from(area.width);
    let right = choices
        .into_iter()
        .find(|choice| left + Span::raw(choice).width() <= width)
        .unwrap_or_default();
    let gap = width.saturating_sub(left + Span::raw(&right).width());
    spans.push(Span::styled(" ".repeat(gap), theme.header()));
    spans.push(Span::styled(right, theme.header()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A notice over the last rows of the body, just above the key bar: the key bar stays in
/// sight and nothing else moves; it is gone after a while or on the next notice.
fn notice(toast: &Toast, frame: &mut Frame, screen: Rect, footer: Rect, theme: &Theme) {
    let lines = layout::toast_lines(&toast.text, screen.width);
    let height = (lines.len() as u16).min(footer.y.saturating_sub(screen.y + 1));
    if height == 0 {
        return;
    }
    let area = Rect::new(screen.x, footer.y - height, screen.width, height);
    let style = match toast.tone {
        Tone::Done => theme.ok(),
        Tone::Note => theme.warn(),
        Tone::Problem => theme.error(),
    };
    let lines: Vec<Line> = lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let sign = if i == 0 { toast.tone.sign() } else { " " };
            Line::styled(format!(" {sign} {line}"), style)
        })
        .collect();
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(Paragraph::new(lines).style(theme.base()), area);
}

fn footer(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    // The way to help and the way out are always shown, at the right; the screen's own keys
    // take what room is left, in the order the screen lists them.
    let lang = app.config.lang();
    let help_key = if app.text_focused() { "F1" } else { "?" };
    let right = vec![
        Span::styled(help_key, theme.key()),
        Span::styled(format!(" {}  ", tr(lang, "key-help")), theme.dim()),
        Span::styled("Ctrl-C", theme.key()),
        Span::styled(format!(" {} ", tr(lang, "key-quit")), theme.dim()),
    ];
    let right_width: usize = right.iter().map(Span::width).sum();
    let width = usize::from(area.width);
    let mut keys = app.screen_keys();
    let panel_shown = app.outbox.visible && app.panel_fits();
    if app.sandbox_url.is_some() && !panel_shown && !app.outbox.messages.is_empty() {
        // After the screen's first key (what Enter does), which a short bar must keep.
        keys.insert(
            keys.len().min(1),
            crate::app::KeyHelp::new(&[crate::app::Key::F(2)], tr(lang, "key-outbox-messages")),
        );
    }
    let mut spans = Vec::new();
    let mut used = 0usize;
    for key in keys {
        let label = key.label_in(lang);
        let piece = Span::raw(format!(" {label} {} ", key.action)).width();
        if used + piece + right_width > width {
            break;
        }
        used += piece;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(label, theme.key()));
        spans.push(Span::styled(format!(" {} ", key.action), theme.dim()));
    }
    if used + right_width <= width {
        spans.push(Span::raw(" ".repeat(width - used - right_width)));
        spans.extend(right);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

const QUIT_WIDTH: u16 = 60;

fn confirm_quit(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = app.config.lang();
    let width = usize::from(QUIT_WIDTH.min(area.width).saturating_sub(4)).max(10);
    let mut lines = vec![
        Line::styled(tr(lang, "quit-question"), theme.title()),
        Line::raw(""),
    ];
    // The question opened on work in flight; its answer may have come since.
    let mut said = vec![match app.unfinished() {
        Some(what) => tr!(lang, "quit-in-progress", what),
        None => tr(lang, "shared-quit-finished"),
    }];
    if let Some(sent) = app.sent_unanswered() {
        said.push(tr!(
            lang,
            "quit-sent",
            what = sent.what_in(lang),
            kept = sent.kept_where_in(lang)
        ));
    }
    for paragraph in said {
        lines.extend(
            crate::text::wrap(&paragraph, width)
                .into_iter()
                .map(Line::raw),
        );
        lines.push(Line::raw(""));
    }
    lines.extend([Line::from(vec![
        Span::styled("y", theme.key()),
        Span::raw(format!(" {}", tr(lang, "quit-choice"))),
    ])]);
    let title = format!(" {} ", tr(lang, "quit-title"));
    widgets::modal(frame, area, &title, lines, QUIT_WIDTH, theme);
}
