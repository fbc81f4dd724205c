//! `#[derive(Named)]`: implements `Named` with the type's name. Runs on the
//! host, inside rustc; uses trait objects itself.
use proc_macro::{TokenStream, TokenTree};

#[proc_macro_derive(Named)]
pub fn derive_named(input: TokenStream) -> TokenStream {
    let mut words: Box<dyn Iterator<Item = TokenTree>> = Box::new(input.into_iter());
    let mut name = String::new();
    while let Some(t) = words.next() {
        if let TokenTree::Ident(i) = &t {
            if i.to_string() == "struct" {
                name = words.next().map(|n| n.to_string()).unwrap_or_default();
                break;
            }
        }
    }
    format!("impl crate::Named for {name} {{ fn name(&self) -> &'static str {{ \"{name}\" }} }}").parse().unwrap()
}
