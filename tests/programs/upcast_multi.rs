//! Trait upcasting with several supertraits (including generic and std supertraits), chained upcasts through multiple levels.
use std::fmt::Display;
use std::hint::black_box;

trait Named {
    fn name(&self) -> String;
}
trait Sized2D {
    fn width(&self) -> u32;
    fn height(&self) -> u32;
}
trait Colored {
    fn color(&self) -> &'static str;
}
trait Convert<T> {
    fn convert(&self) -> T;
}
trait Widget: Named + Sized2D + Colored + Convert<u64> + Display {
    fn render(&self) -> String {
        format!(
            "<{} {}x{} {} #{}>",
            self.name(),
            self.width(),
            self.height(),
            self.color(),
            self.convert()
        )
    }
}
trait Button: Widget {
    fn click(&self) -> String;
}

struct Label {
    text: String,
}
struct Btn {
    caption: &'static str,
    w: u32,
}

impl Named for Label {
    fn name(&self) -> String {
        format!("label:{}", self.text)
    }
}
impl Sized2D for Label {
    fn width(&self) -> u32 {
        self.text.len() as u32 * 8
    }
    fn height(&self) -> u32 {
        16
    }
}
impl Colored for Label {
    fn color(&self) -> &'static str {
        "black"
    }
}
impl Convert<u64> for Label {
    fn convert(&self) -> u64 {
        self.text.bytes().map(|b| b as u64).sum()
    }
}
impl Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Label({})", self.text)
    }
}
impl Widget for Label {}

impl Named for Btn {
    fn name(&self) -> String {
        format!("button:{}", self.caption)
    }
}
impl Sized2D for Btn {
    fn width(&self) -> u32 {
        self.w
    }
    fn height(&self) -> u32 {
        24
    }
}
impl Colored for Btn {
    fn color(&self) -> &'static str {
        "blue"
    }
}
impl Convert<u64> for Btn {
    fn convert(&self) -> u64 {
        self.w as u64 * 1000
    }
}
impl Display for Btn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Btn[{}]", self.caption)
    }
}
impl Widget for Btn {
    fn render(&self) -> String {
        format!("[[{}]]", self.caption)
    }
}
impl Button for Btn {
    fn click(&self) -> String {
        format!("clicked {}", self.caption)
    }
}

fn area(s: &dyn Sized2D) -> u32 {
    s.width() * s.height()
}

fn main() {
    let widgets: Vec<Box<dyn Widget>> = vec![
        Box::new(Label {
            text: "hello".into(),
        }),
        Box::new(Btn {
            caption: "ok",
            w: 40,
        }),
        Box::new(Label { text: "x".into() }),
    ];
    let widgets = black_box(widgets);
    for w in &widgets {
        let n: &dyn Named = &**w;
        let s: &dyn Sized2D = &**w;
        let c: &dyn Colored = &**w;
        let cv: &dyn Convert<u64> = &**w;
        let d: &dyn Display = &**w;
        println!(
            "{} | name={} area={} color={} conv={} display={}",
            w.render(),
            n.name(),
            area(s),
            c.color(),
            cv.convert(),
            d
        );
    }
    let b: Box<dyn Button> = black_box(Box::new(Btn {
        caption: "cancel",
        w: 64,
    }));
    println!("{}", b.click());
    let as_widget: &dyn Widget = &*b;
    println!("button as widget: {}", as_widget.render());
    let as_named: &dyn Named = as_widget;
    let as_colored: &dyn Colored = &*b;
    println!(
        "button as named: {} colored: {}",
        as_named.name(),
        as_colored.color()
    );
    let as_display: Box<dyn Display> = b as Box<dyn Widget> as Box<dyn Display>;
    println!("button boxed display: {}", as_display);
    let sized: Vec<Box<dyn Sized2D>> = widgets.into_iter().map(|w| w as Box<dyn Sized2D>).collect();
    println!(
        "areas: {:?}",
        sized.iter().map(|s| area(&**s)).collect::<Vec<_>>()
    );
}
