//! Drawing. `view` is a pure function of the App: it reads and draws, it decides nothing.

pub mod cleura;
pub mod cloudsigma;
pub mod cozy;
pub mod help;
pub mod home;
pub mod layout;
pub mod outbox;
pub mod theme;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Front, MIN_HEIGHT, MIN_WIDTH, SandboxStatus};
use theme::Theme;

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(app.color);
    if app.too_small() {
        too_small(frame, area, &theme);
        return;
    }
    let areas = layout::split(area, app);
    header(app, frame, areas.header, &theme);
    match (app.front, &app.flows) {
        (Front::Cozy, flows) if let Some(flow) = &flows.cozy => {
            cozy::draw(flow, app, frame, areas.body, &theme)
        }
        (Front::Cleura, flows) if let Some(flow) = &flows.cleura => {
            cleura::draw(flow, app, frame, areas.body, &theme)
        }
        (Front::CloudSigma, flows) if let Some(flow) = &flows.cloudsigma => {
            cloudsigma::draw(flow, app, frame, areas.body, &theme)
        }
        _ => home::draw(&app.home, app, frame, areas.body, &theme),
    }
    if let Some(panel) = areas.outbox {
        outbox::draw(&app.outbox, frame, panel, &theme);
    }
    footer(app, frame, areas.footer, &theme);
    if app.outbox.overlay {
        outbox::draw_over(&app.outbox, frame, areas.body, &theme);
    }
    if app.help_open {
        help::draw(app, frame, area, &theme);
    }
    if app.confirm_quit {
        confirm_quit(app, frame, area, &theme);
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.error()),
        Line::raw(format!(
            "It is {}×{}; cloudboard needs at least {MIN_WIDTH}×{MIN_HEIGHT}.",
            area.width, area.height
        )),
        Line::raw("Enlarge the window, or press Ctrl-C to quit."),
    ];
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
    let right = match &app.sandbox_status {
        SandboxStatus::Off => match &app.sandbox_url {
            Some(url) => format!("sandbox {url} "),
            None => String::new(),
        },
        SandboxStatus::Starting => {
            format!("{} starting the sandbox… ", theme::spinner(app.spinner))
        }
        SandboxStatus::Ready => format!(
            "sandbox {} ",
            app.sandbox_url.as_deref().unwrap_or_default()
        ),
        SandboxStatus::Failed(_) => "sandbox failed to start ".into(),
    };
    let width = usize::from(area.width);
    let right_width = Span::raw(&right).width();
    let gap = width.saturating_sub(left + right_width);
    spans.push(Span::styled(" ".repeat(gap), theme.header()));
    if left + right_width <= width {
        spans.push(Span::styled(right, theme.header()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn footer(app: &App, frame: &mut Frame, area: Rect, theme: &Theme) {
    if let Some((toast, _)) = &app.toast {
        let lines: Vec<Line> = layout::toast_lines(toast, area.width)
            .into_iter()
            .map(|line| Line::styled(format!(" {line}"), theme.ok()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    // The way to help and the way out are always shown, at the right; the screen's own keys
    // take what room is left, in the order the screen lists them.
    let help_key = if app.text_focused() { "F1" } else { "?" };
    let right = vec![
        Span::styled(help_key, theme.key()),
        Span::styled(" help  ", theme.dim()),
        Span::styled("Ctrl-C", theme.key()),
        Span::styled(" quit ", theme.dim()),
    ];
    let right_width: usize = right.iter().map(Span::width).sum();
    let width = usize::from(area.width);
    let mut keys = app.screen_keys();
    let panel_shown = app.outbox.visible && layout::panel_fits(frame.area());
    if app.sandbox_url.is_some() && !panel_shown && !app.outbox.messages.is_empty() {
        keys.insert(0, crate::app::KeyHelp::new("F2", "outbox has messages"));
    }
    let mut spans = Vec::new();
    let mut used = 0usize;
    for key in keys {
        let piece = Span::raw(format!(" {} {} ", key.keys, key.action)).width();
        if used + piece + right_width > width {
            break;
        }
        used += piece;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(key.keys, theme.key()));
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
    let what = app.unfinished().unwrap_or_else(|| "work".into());
    let width = usize::from(QUIT_WIDTH.min(area.width).saturating_sub(4)).max(10);
    let mut lines = vec![
        Line::styled("Quit cloudboard?", theme.title()),
        Line::raw(""),
    ];
    let mut said = vec![format!("In progress: {what}.")];
    if let Some(sent) = app.sent_unanswered() {
        said.push(format!(
            "It was sent: if you quit, it may still complete, and whether it did will not be \
             known. cloudboard keeps {} {}.",
            sent.what(),
            sent.kept_where()
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
        Span::raw(" or "),
        Span::styled("Enter", theme.key()),
        Span::raw(" quit · any other key stays"),
    ])]);
    widgets::modal(frame, area, " Quit ", lines, QUIT_WIDTH, theme);
}
