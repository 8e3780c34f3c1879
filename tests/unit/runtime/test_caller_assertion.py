"""A service believes a caller only from an assertion the gateway signed for it, recently."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import SecretStr, ValidationError

from pathways_runtime.caller_assertion import (
    ASSERTION_METADATA_KEY,
    CallerAssertionSigner,
    CallerAssertionVerifier,
    KeyLoadingError,
    UntrustedCallerError,
    development_private_key,
    key_id,
    load_public_keys,
    signer_from_settings,
    verifier_from_settings,
)
from pathways_runtime.identity import CallerIdentity
from pathways_runtime.settings import (
    Environment,
    GrpcClientSecuritySettings,
    GrpcServerSecuritySettings,
    InsecureSettingsError,
    InternalTlsSettings,
)

OFFICER = CallerIdentity(
    user_id="usr_officer", organisation_id="org_ngo", role="reintegration_officer", request_id="r1"
)
T0 = 1_700_000_000.0


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _pem_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _pem_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.fixture
def gateway_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _verifier(
    key: Ed25519PrivateKey, clock: Clock, audience: str = "matching"
) -> CallerAssertionVerifier:
    return CallerAssertionVerifier(
        public_keys=[key.public_key()], audience=audience, leeway_s=5, clock=clock
    )


def _signed(
    key: Ed25519PrivateKey, clock: Clock, *, ttl_s: int = 60, audience: str = "matching"
) -> tuple[tuple[str, str], ...]:
    return CallerAssertionSigner(private_key=key, ttl_s=ttl_s, clock=clock).metadata(
        OFFICER, audience=audience
    )


def _refusal(verifier: CallerAssertionVerifier, metadata: Iterable[tuple[str, str | bytes]]) -> str:
    with pytest.raises(UntrustedCallerError) as error:
        verifier.verify(metadata)
    return str(error.value)


def test_a_signed_assertion_names_the_caller_it_was_signed_for(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    metadata = [("user-agent", "grpc-python"), *_signed(gateway_key, clock)]
    assert _verifier(gateway_key, clock).verify(metadata) == OFFICER


def test_the_old_plain_headers_name_nobody(gateway_key: Ed25519PrivateKey, clock: Clock) -> None:
    plain = [
        ("x-pathways-user-id", "u_admin"),
        ("x-pathways-organisation-id", "org_platform"),
        ("x-pathways-role", "platform_admin"),
    ]
    assert _refusal(_verifier(gateway_key, clock), plain) == "no caller assertion"


def test_two_assertions_in_one_call_are_refused(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    metadata = [*_signed(gateway_key, clock), *_signed(gateway_key, clock)]
    assert "more than one" in _refusal(_verifier(gateway_key, clock), metadata)


def test_an_assertion_signed_by_another_key_is_refused(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    forged = _signed(Ed25519PrivateKey.generate(), clock)
    assert "trusted key" in _refusal(_verifier(gateway_key, clock), forged)


def test_another_key_claiming_the_gateways_key_id_is_refused(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    claims: dict[str, object] = {
        "iss": "pathways-gateway",
        "aud": "matching",
        "sub": "u",
        "org": "o",
    }
    claims |= {"role": "platform_admin", "iat": int(T0), "exp": int(T0) + 60}
    token = jwt.encode(
        claims,
        Ed25519PrivateKey.generate(),
        algorithm="EdDSA",
        headers={"kid": key_id(gateway_key.public_key())},
    )
    metadata = [(ASSERTION_METADATA_KEY, token)]
    assert "trusted key" in _refusal(_verifier(gateway_key, clock), metadata)


def test_an_unsigned_or_symmetrically_signed_assertion_is_refused(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    claims: dict[str, object] = {
        "iss": "pathways-gateway",
        "aud": "matching",
        "sub": "u",
        "org": "o",
    }
    claims |= {"role": "platform_admin", "iat": int(T0), "exp": int(T0) + 60}
    kid = {"kid": key_id(gateway_key.public_key())}
    # PyJWT takes no key for "none" but annotates the key as required.
    unsigned = jwt.encode(claims, None, algorithm="none", headers=kid)  # type: ignore[arg-type]
    # HS256 keyed with the (public) verifying key: the classic algorithm confusion.
    public_raw = gateway_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    confused = jwt.encode(claims, public_raw, algorithm="HS256", headers=kid)
    verifier = _verifier(gateway_key, clock)
    for token in (unsigned, confused, "not-a-jwt", ""):
        _refusal(verifier, [(ASSERTION_METADATA_KEY, token)])


def test_a_tampered_role_breaks_the_signature(gateway_key: Ed25519PrivateKey, clock: Clock) -> None:
    [(key, token)] = _signed(gateway_key, clock)
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["role"] = "platform_admin"
    edited = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    tampered = [(key, f"{header}.{edited}.{signature}")]
    assert "trusted key" in _refusal(_verifier(gateway_key, clock), tampered)


def test_an_assertion_for_the_other_service_is_refused(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    for_peer_groups = _signed(gateway_key, clock, audience="peer_groups")
    refusal = _refusal(_verifier(gateway_key, clock, audience="matching"), for_peer_groups)
    assert refusal == "caller assertion is for another service"


def test_an_assertion_for_several_services_is_refused(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    claims: dict[str, object] = {
        "iss": "pathways-gateway",
        "aud": ["matching", "peer_groups"],
        "sub": "u",
    }
    claims |= {"org": "o", "role": "employer", "iat": int(T0), "exp": int(T0) + 60}
    token = jwt.encode(
        claims, gateway_key, algorithm="EdDSA", headers={"kid": key_id(gateway_key.public_key())}
    )
    _refusal(_verifier(gateway_key, clock), [(ASSERTION_METADATA_KEY, token)])


def test_an_assertion_expires_after_its_lifetime_plus_the_leeway(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    metadata = _signed(gateway_key, clock, ttl_s=60)
    verifier = _verifier(gateway_key, clock)
    clock.now = T0 + 60 + 4  # within the 5 s leeway for a slow clock
    assert verifier.verify(metadata) == OFFICER
    clock.now = T0 + 60 + 5
    assert _refusal(verifier, metadata) == "caller assertion expired"


def test_an_assertion_from_the_future_is_refused_beyond_the_leeway(
    gateway_key: Ed25519PrivateKey,
) -> None:
    service_clock = Clock(T0)
    verifier = _verifier(gateway_key, service_clock)
    assert verifier.verify(_signed(gateway_key, Clock(T0 + 5))) == OFFICER
    refusal = _refusal(verifier, _signed(gateway_key, Clock(T0 + 6)))
    assert refusal == "caller assertion not yet valid"


def test_a_long_lived_assertion_is_refused_whoever_signed_it(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    metadata = _signed(gateway_key, clock, ttl_s=3600)
    assert "lifetime" in _refusal(_verifier(gateway_key, clock), metadata)


def test_refusals_never_echo_the_assertion_or_its_claims(
    gateway_key: Ed25519PrivateKey, clock: Clock
) -> None:
    cases = [
        _signed(Ed25519PrivateKey.generate(), clock),
        _signed(gateway_key, clock, audience="peer_groups"),
        _signed(gateway_key, Clock(T0 - 3600)),
    ]
    for metadata in cases:
        refusal = _refusal(_verifier(gateway_key, clock), metadata)
        for secret in (OFFICER.user_id, OFFICER.organisation_id, OFFICER.role, metadata[0][1]):
            assert secret not in refusal


def test_during_a_rotation_both_public_keys_are_believed(clock: Clock) -> None:
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    verifier = CallerAssertionVerifier(
        public_keys=load_public_keys(_pem_public(old) + _pem_public(new)),
        audience="matching",
        clock=clock,
    )
    assert verifier.verify(_signed(old, clock)) == OFFICER
    assert verifier.verify(_signed(new, clock)) == OFFICER


# --- keys as configuration ------------------------------------------------------------


def test_development_signs_with_the_development_key_and_services_believe_it() -> None:
    signer = signer_from_settings(GrpcClientSecuritySettings(environment=Environment.DEVELOPMENT))
    verifier = verifier_from_settings(
        GrpcServerSecuritySettings(environment=Environment.TEST), audience="matching"
    )
    assert signer.private_key.public_key() == development_private_key().public_key()
    assert verifier.verify(signer.metadata(OFFICER, audience="matching")) == OFFICER


def test_production_refuses_unconfigured_keys() -> None:
    with pytest.raises(InsecureSettingsError, match="PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY_FILE"):
        signer_from_settings(GrpcClientSecuritySettings(environment=Environment.PRODUCTION))
    with pytest.raises(InsecureSettingsError, match="PATHWAYS_CALLER_ASSERTION_PUBLIC_KEYS_FILE"):
        verifier_from_settings(
            GrpcServerSecuritySettings(environment=Environment.PRODUCTION), audience="matching"
        )


def test_production_refuses_the_development_key_even_when_configured(tmp_path: Path) -> None:
    development = development_private_key()
    (tmp_path / "private.pem").write_bytes(_pem_private(development))
    signing = GrpcClientSecuritySettings(
        environment=Environment.PRODUCTION,
        caller_assertion_private_key_file=tmp_path / "private.pem",
    )
    with pytest.raises(InsecureSettingsError):
        signer_from_settings(signing)
    verifying = GrpcServerSecuritySettings(
        environment=Environment.PRODUCTION,
        caller_assertion_public_keys=_pem_public(development).decode(),
    )
    with pytest.raises(InsecureSettingsError):
        verifier_from_settings(verifying, audience="matching")


def test_production_keys_come_from_pem_files_or_variables(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    (tmp_path / "private.pem").write_bytes(_pem_private(key))
    (tmp_path / "public.pem").write_bytes(_pem_public(key))
    from_file = signer_from_settings(
        GrpcClientSecuritySettings(
            environment=Environment.PRODUCTION,
            caller_assertion_private_key_file=tmp_path / "private.pem",
        )
    )
    from_variable = signer_from_settings(
        GrpcClientSecuritySettings(
            environment=Environment.PRODUCTION,
            caller_assertion_private_key=SecretStr(_pem_private(key).decode()),
        )
    )
    verifier = verifier_from_settings(
        GrpcServerSecuritySettings(
            environment=Environment.PRODUCTION,
            caller_assertion_public_keys_file=tmp_path / "public.pem",
        ),
        audience="peer_groups",
    )
    for signer in (from_file, from_variable):
        assert verifier.verify(signer.metadata(OFFICER, audience="peer_groups")) == OFFICER


def test_a_key_of_another_kind_is_refused_without_quoting_it(tmp_path: Path) -> None:
    with pytest.raises(KeyLoadingError) as error:
        load_public_keys(b"-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n")
    assert "bm90IGEga2V5" not in str(error.value)
    with pytest.raises(KeyLoadingError):
        load_public_keys(b"")


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not both"):
        GrpcClientSecuritySettings(
            caller_assertion_private_key=SecretStr("x"),
            caller_assertion_private_key_file=tmp_path / "k.pem",
        )


def test_internal_tls_needs_its_three_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="PATHWAYS_INTERNAL_TLS_KEY_FILE"):
        InternalTlsSettings(
            internal_tls=True,
            internal_tls_ca_file=tmp_path / "ca.crt",
            internal_tls_cert_file=tmp_path / "tls.crt",
        )
    # Empty variables (as a ConfigMap holds them) mean unset.
    assert InternalTlsSettings(internal_tls_ca_file="").internal_tls_ca_file is None
