package vn.congvu.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.congvu.shared.Caller;

/** The signed-in account as kept in the session: who, role, scope and the name to greet. No password. */
record AccountPrincipal(Caller caller, String displayName) implements Caller.Source, Serializable {

	Collection<? extends GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority(caller.role().authority()));
	}

	@Override
	public String toString() {
		return caller.username();
	}

}
