//! Runs the Cleura flow's requests (placeholder until the flow lands).

use super::Reply;
use super::Services;
use crate::app::cleura::Request;

pub async fn run(_services: Services, request: Request, _reply: Reply) {
    match request {}
}
