//! Colours and emphasis. With NO_COLOR (or a terminal that cannot show colour) every style
//! falls back to bold, underline and reverse, and every state also has a word or a symbol:
//! nothing depends on colour alone.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn pick(&self, colored: Style, plain: Style) -> Style {
        if self.color { colored } else { plain }
    }

    pub fn base(&self) -> Style {
        Style::default()
    }

    pub fn title(&self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    pub fn header(&self) -> Style {
        self.pick(
            Style::default().bg(Color::Blue).fg(Color::White),
            Style::default().add_modifier(Modifier::REVERSED),
        )
    }

    pub fn selected(&self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    pub fn dim(&self) -> Style {
        self.pick(
            Style::default().fg(Color::DarkGray),
            Style::default().add_modifier(Modifier::DIM),
        )
    }

    pub fn key(&self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    pub fn error(&self) -> Style {
        self.pick(
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    pub fn ok(&self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Green)
                .add_modifier(Modifier::BOLD),
            Style::default().add_modifier(Modifier::BOLD),
        )
    }

    pub fn warn(&self) -> Style {
        self.pick(
            Style::default().fg(Color::Yellow),
            Style::default().add_modifier(Modifier::ITALIC),
        )
    }

    pub fn input(&self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::default().bg(Color::Rgb(40, 44, 52)).fg(Color::White),
            (true, false) => Style::default().bg(Color::Rgb(30, 30, 30)),
            (false, true) => Style::default().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            (false, false) => Style::default().add_modifier(Modifier::UNDERLINED),
        }
    }

    /// A field's hint where nothing is typed yet.
    pub fn placeholder(&self, focused: bool) -> Style {
        let hint = match self.color {
            true => Style::default().fg(Color::DarkGray),
            false => Style::default().add_modifier(Modifier::DIM),
        };
        self.input(focused)
            .patch(hint)
            .add_modifier(Modifier::ITALIC)
    }

    pub fn border(&self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::default().fg(Color::Cyan),
            (true, false) => Style::default().fg(Color::DarkGray),
            (false, _) => Style::default(),
        }
    }

    pub fn link(&self) -> Style {
        self.pick(
            Style::default()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            Style::default().add_modifier(Modifier::UNDERLINED),
        )
    }
}

pub const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

pub fn spinner(frame: usize) -> &'static str {
    SPINNER[frame % SPINNER.len()]
}
