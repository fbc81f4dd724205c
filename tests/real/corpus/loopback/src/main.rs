//! An HTTP/1 server and its client in one process, on the loopback: tokio's
//! scheduler runs boxed futures and wakers, hyper's services and errors are
//! trait objects. `loopback N` makes N requests of four kinds (some
//! concurrent), prints each response, and checks what came back. The output
//! is deterministic: the port is chosen by the kernel but never printed.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use std::collections::BTreeMap;
use std::error::Error;
use std::sync::Arc;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

type BoxError = Box<dyn Error + Send + Sync>;

/// The server's state: a key-value store behind an async mutex.
type Store = Arc<Mutex<BTreeMap<String, String>>>;

async fn handle(store: Store, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, BoxError> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    let body = req.into_body().collect().await?.to_bytes();
    let (status, text) = match (method, path.as_str()) {
        (Method::GET, "/") => (StatusCode::OK, "loopback\n".to_string()),
        (Method::PUT, p) if p.starts_with("/kv/") => {
            let value = String::from_utf8(body.to_vec())?;
            store.lock().await.insert(p[4..].to_string(), value);
            (StatusCode::CREATED, format!("stored {}\n", &p[4..]))
        }
        (Method::GET, p) if p.starts_with("/kv/") => match store.lock().await.get(&p[4..]) {
            Some(v) => (StatusCode::OK, format!("{v}\n")),
            None => (StatusCode::NOT_FOUND, format!("no {}\n", &p[4..])),
        },
        (Method::POST, "/sum") => {
            let text = String::from_utf8(body.to_vec())?;
            let numbers: Result<Vec<i64>, _> = text.split_whitespace().map(str::parse::<i64>).collect();
            match numbers {
                Ok(n) => (StatusCode::OK, format!("{}\n", n.iter().sum::<i64>())),
                Err(e) => (StatusCode::BAD_REQUEST, format!("{e}\n")),
            }
        }
        _ => (StatusCode::METHOD_NOT_ALLOWED, "no\n".to_string()),
    };
    Ok(Response::builder().status(status).body(Full::new(Bytes::from(text)))?)
}

async fn request(port: u16, method: Method, path: String, body: String) -> Result<(StatusCode, String), BoxError> {
    let stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    let driver = tokio::spawn(conn);
    let req = Request::builder().method(method).uri(path.as_str()).header("host", "loopback").body(Full::new(Bytes::from(body)))?;
    let res = sender.send_request(req).await?;
    let status = res.status();
    let text = String::from_utf8(res.into_body().collect().await?.to_bytes().to_vec())?;
    drop(sender);
    driver.await??;
    Ok((status, text))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), BoxError> {
    let n: usize = std::env::args().nth(1).map_or(Ok(10), |a| a.parse())?;
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    let store: Store = Arc::default();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { return };
            let store = store.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req| handle(store.clone(), req));
                let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
    let (status, text) = request(port, Method::GET, "/".into(), String::new()).await?;
    print!("GET / -> {status} {text}");
    // Concurrent writes, then reads in order.
    let writes: Vec<_> = (0..n)
        .map(|i| tokio::spawn(request(port, Method::PUT, format!("/kv/k{i}"), format!("value {}", i * i))))
        .collect();
    let mut created = 0;
    for w in writes {
        let (status, _) = w.await??;
        created += usize::from(status == StatusCode::CREATED);
    }
    println!("{created} of {n} PUTs created");
    for i in (0..n).step_by(5) {
        let (status, text) = request(port, Method::GET, format!("/kv/k{i}"), String::new()).await?;
        print!("GET /kv/k{i} -> {status} {text}");
    }
    let (status, text) = request(port, Method::GET, "/kv/missing".into(), String::new()).await?;
    print!("GET /kv/missing -> {status} {text}");
    let numbers: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    let (status, text) = request(port, Method::POST, "/sum".into(), numbers.join(" ")).await?;
    print!("POST /sum -> {status} {text}");
    let (status, text) = request(port, Method::POST, "/sum".into(), "1 two 3".into()).await?;
    print!("POST /sum (bad) -> {status} {text}");
    let (status, text) = request(port, Method::DELETE, "/".into(), String::new()).await?;
    print!("DELETE / -> {status} {text}");
    Ok(())
}
