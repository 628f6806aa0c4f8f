"""A shared server's address: whatever form a password is typed in, it is used for this connection and never
written into what is remembered (text(): the settings, servers/recent, the lines `compactdesk move` prints) or
shown (display())."""

from urllib.parse import quote, quote_plus, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compactdesk.domain.errors import ValidationError
from compactdesk.store.address import ServerAddress, without_secrets

# A mark no host, database or name below holds, so finding it means the secret leaked.
secrets = st.text(min_size=1, max_size=30).map(lambda text: "Ⓢ" + text)
names = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd")), max_size=12)


def _written(address: ServerAddress) -> list[str]:
    return [address.text(), address.display(), repr(address), address.keyring_name(),
            address.with_group("group_x").text()]


def _absent(secret: str, address: ServerAddress) -> None:
    for form in {secret, quote(secret, safe=""), quote_plus(secret, safe=""), quote(secret)}:
        for written in _written(address):
            assert form not in written, (form, written)
    again = ServerAddress.parse(address.text())
    assert again.password is None and not again.holds_secret and again.this_run == ()


@given(secrets, names, st.sampled_from(["before the @", "as ?password=", "both"]), st.booleans())
def test_a_password_typed_in_any_form_is_used_but_never_written_or_shown(password, user, form, grouped):
    query = {"sslmode": "require"} | ({"group": "group_a"} if grouped else {})
    if form != "before the @":
        query["password"] = password
    login = quote(user, safe="") + (":" + quote(password, safe="") if form != "as ?password=" else "")
    address = ServerAddress.parse(f"postgresql://{login}@cvs-server:5433/compacts?{urlencode(query)}")
    assert address.password == password and address.holds_secret
    assert quote(password, safe="") in address.sqlalchemy_url()  # this connection has it
    assert address.sslmode == "require" and address.group == ("group_a" if grouped else None)
    _absent(password, address)


@given(secrets, secrets)
def test_a_keys_passphrase_and_a_password_files_place_are_used_but_never_written_or_shown(passphrase, passfile):
    address = ServerAddress.parse("postgresql://anna@cvs-server/compacts?" + urlencode(
        {"sslmode": "verify-full", "sslpassword": passphrase, "passfile": passfile, "group": "group_a"}))
    assert address.holds_secret and address.password is None
    assert dict(address.this_run) == {"sslpassword": passphrase, "passfile": passfile}
    url = address.sqlalchemy_url()
    assert quote_plus(passphrase, safe="") in url and quote_plus(passfile, safe="") in url
    assert address.text() == "postgresql://anna@cvs-server/compacts?sslmode=verify-full&group=group_a"
    _absent(passphrase, address)
    _absent(passfile, address)


def test_an_empty_password_setting_is_no_password_and_not_remembered():
    address = ServerAddress.parse("postgresql://anna@cvs-server/compacts?password=&connect_timeout=5")
    assert address.password is None and not address.holds_secret
    assert address.text() == "postgresql://anna@cvs-server/compacts?connect_timeout=5"


@given(password=st.text(st.characters(blacklist_characters="/?#&", blacklist_categories=("Cs", "Cc")), min_size=4,
                        max_size=30).filter(lambda text: text.strip() == text and "…" not in text),
       where=st.sampled_from(["postgresql://ann:{p}@/compacts", "postgresql://ann:{p}@server:99999/compacts",
                              "postgresql://ann:{p}@server/", "postgresql://server/?password={p}",
                              "postgresql://ann@/db?sslpassword={p}&group=g"]))
def test_an_address_that_cannot_be_read_is_never_said_again_with_its_password(password, where):
    typed = where.format(p=password)
    with pytest.raises(ValidationError) as refused:
        ServerAddress.parse(typed)
    assert password not in refused.value.message
    assert password not in without_secrets(typed)
