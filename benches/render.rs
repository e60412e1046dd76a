//! Drawing the heaviest screen: the Cleura region table with 1,000 regions at 200x60. The
//! frame as the terminal gets it (view, then the diff against the last frame) for an
//! unchanged screen and for one step of the selection, and the view alone into a buffer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is the benchmark failing

// The tests' own helpers, each standing alone (regions.rs drives the app with drive.rs).
#[path = "../tests/it/common/counting.rs"]
#[allow(dead_code)]
mod counting;
#[path = "../tests/it/common/drive.rs"]
#[allow(dead_code)]
mod drive;
#[path = "../tests/it/common/regions.rs"]
#[allow(dead_code)]
mod regions;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::crossterm::event::KeyCode;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn region_table(c: &mut Criterion) {
    let mut group = c.benchmark_group("render_regions_1000_200x60");
    let mut app = regions::at_regions(WIDTH, HEIGHT, regions::domains(1000));
    let mut terminal = Terminal::new(counting::Counting::new(WIDTH, HEIGHT)).expect("terminal");

    group.bench_function("frame_unchanged", |b| {
        b.iter(|| {
            terminal
                .draw(|f| {
                    cloudboard::ui::view(&app, f);
                })
                .expect("draw");
        })
    });

    // Up and down in turn, so every frame has a row to move from and one to move to.
    let mut down = true;
    group.bench_function("frame_after_a_step", |b| {
        b.iter(|| {
            drive::key(&mut app, if down { KeyCode::Down } else { KeyCode::Up });
            down = !down;
            terminal
                .draw(|f| {
                    cloudboard::ui::view(&app, f);
                })
                .expect("draw");
        })
    });

    group.bench_function("view_only", |b| {
        b.iter(|| {
            let mut frame = terminal.get_frame();
            cloudboard::ui::view(&app, &mut frame);
        })
    });
    group.finish();
}

criterion_group!(benches, region_table);
criterion_main!(benches);
