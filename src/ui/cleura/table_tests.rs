use super::*;

fn width_of(columns: &[(Column, u16, u16)], column: Column) -> u16 {
    columns.iter().find(|(c, _, _)| *c == column).unwrap().2
}

/// Cells between the first two columns.
fn gap_of(columns: &[(Column, u16, u16)]) -> u16 {
    columns[1].1 - (columns[0].1 + columns[0].2)
}

fn names(area: u16, region: u16) -> Widths {
    Widths {
        area,
        region,
        tag: 4,
        tag_title: 3,
    }
}

#[test]
fn names_are_shown_in_full_when_packing_tighter_makes_room() {
    // 80 columns: the guide's longest names (19 cells) fit once the gaps are one cell.
    let cols = columns(1, 78, names(19, 19));
    assert_eq!(gap_of(&cols), 1);
    assert_eq!(width_of(&cols, Column::Area), 19);
    assert_eq!(width_of(&cols, Column::Region), 19);
    let (last, x, w) = *cols.last().unwrap();
    assert_eq!(last, Column::Enabled);
    assert!(x + w <= 1 + 78, "nothing drawn past the edge");
    // Wide terminals keep the roomy layout.
    let cols = columns(1, 118, names(19, 19));
    assert_eq!(gap_of(&cols), 2);
    assert!(width_of(&cols, Column::Area) >= 19);
    // Names too long for any layout share what is left.
    let cols = columns(1, 60, names(40, 40));
    assert!(width_of(&cols, Column::Area) >= 4);
    let (_, x, w) = *cols.last().unwrap();
    assert!(x + w <= 1 + 60, "{x} {w}");
}

#[test]
fn the_tag_column_is_as_wide_as_the_widest_tag_and_the_names_give_way_first() {
    let sandbox = Widths {
        area: 17,
        region: 19,
        tag: 7,
        tag_title: 3,
    };
    // 100, 80 and 60 columns (the body's width inside its margins): every tag whole.
    for width in [98, 78, 58] {
        let cols = columns(1, width, sandbox);
        assert_eq!(width_of(&cols, Column::Tag), 7, "at {width}");
        let (_, x, w) = *cols.last().unwrap();
        assert!(x + w <= 1 + width, "nothing past the edge at {width}");
    }
    // At 60 the names are cut to make room for the tag.
    let cols = columns(1, 58, sandbox);
    assert!(width_of(&cols, Column::Area) < 17);
    // Short tags keep the column as it was; a very long tag is cut, within reason.
    let cols = columns(1, 98, names(17, 19));
    assert_eq!(width_of(&cols, Column::Tag), 6);
    let long = Widths { tag: 40, ..sandbox };
    let cols = columns(1, 98, long);
    assert_eq!(width_of(&cols, Column::Tag), TAG_MAX);
    // Only when the names are at their least does the tag give up room.
    let cols = columns(1, 50, long);
    assert_eq!(width_of(&cols, Column::Area), NAME_MIN);
    assert!(width_of(&cols, Column::Tag) < TAG_MAX);
    assert!(width_of(&cols, Column::Tag) >= 5, "its title still reads");
}
