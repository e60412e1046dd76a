//! A link as a QR code, encoded once when its screen opens (never per frame); the view
//! draws it with half blocks and a light margin (the quiet zone) as wide as the room allows.

/// Modules of quiet zone the view gives a code, best first. The standard asks for 4; phones
/// read 2, even 1, well on a screen whose surroundings are dark.
pub const QUIET_ZONES: [usize; 2] = [2, 1];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, without the quiet zone.
    pub size: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// The smallest code for `text` at low error correction (a screen is not a worn
    /// sticker); None when the text is too long for any QR code.
    pub fn new(text: &str) -> Option<Qr> {
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::L).ok()?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Some(Qr {
            size: code.width(),
            dark,
        })
    }

    /// Whether the module at (x, y) is dark; anything outside the code is light (the quiet
    /// zone).
    pub fn dark(&self, x: isize, y: isize) -> bool {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else {
            return false;
        };
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Terminal cells it takes with `quiet` modules of margin: one column per module, two
    /// modules per row.
    pub fn cells(&self, quiet: usize) -> (u16, u16) {
        let side = u16::try_from(self.size + 2 * quiet).unwrap_or(u16::MAX);
        (side, side.div_ceil(2))
    }
}

#[cfg(test)]
#[path = "qr_tests.rs"]
mod tests;
