use super::*;

#[test]
fn a_cozy_address_fits_in_an_80x24_terminal() {
    let qr = Qr::new("https://alice.mycozy.cloud").unwrap();
    let (w, h) = qr.cells(2);
    assert!(w <= 40 && h <= 18, "{w}x{h}");
    assert!(!qr.dark(-1, -1), "the quiet zone is light");
    assert!(qr.dark(0, 0), "the finder pattern's corner is dark");
}

#[test]
fn a_sandbox_link_still_fits() {
    let qr = Qr::new("http://127.0.0.1:45678/cozy/instances/alicewonderland.mycozy.cloud").unwrap();
    let (w, h) = qr.cells(2);
    assert!(w <= 40 && h <= 20, "{w}x{h}");
}
