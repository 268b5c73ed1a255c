"""GET /v1/offences and /v1/model: the taxonomy and the model being served."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import AnyCaller, InferenceDep
from api.schemas import ModelResponse, OffenceInfo, OffencesResponse, error_responses
from model.taxonomy import load_taxonomy

router = APIRouter(prefix="/v1", tags=["reference"])


@router.get(
    "/offences",
    response_model=OffencesResponse,
    summary="The nine labels, their statutes and codes, evidence types and elements",
    responses=error_responses(401),
)
async def offences(_caller: AnyCaller) -> OffencesResponse:
    taxonomy = load_taxonomy()
    codes: dict[str, list[str]] = {}
    for offence in taxonomy.offences:
        if offence.hocr_code:
            codes.setdefault(offence.hocr_code, []).append(offence.name)
    return OffencesResponse(
        version=taxonomy.version,
        labels=[
            OffenceInfo(
                label=o.name,
                display_name=o.display_name,
                statute=o.statute,
                hocr_code=o.hocr_code,
                behaviour=o.behaviour,
                severity=o.severity,
                aggravation=o.aggravation,
            )
            for o in taxonomy.offences
        ],
        codes=codes,
        evidence_types={k: list(v) for k, v in taxonomy.evidence_types.items()},
        elements=dict(taxonomy.elements),
    )


@router.get(
    "/model",
    response_model=ModelResponse,
    summary="The model version being served and its model card",
    responses=error_responses(401, 503),
)
async def model_info(_caller: AnyCaller, inference: InferenceDep) -> ModelResponse:
    return ModelResponse(version=inference.version, card=dict(inference.classifier.card or {}))
