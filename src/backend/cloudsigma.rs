//! Runs the CloudSigma flow's requests (placeholder until the flow lands).

use super::Reply;
use super::http::Http;
use crate::app::cloudsigma::Request;

pub async fn run(_http: Http, request: Request, _reply: Reply) {
    match request {}
}
