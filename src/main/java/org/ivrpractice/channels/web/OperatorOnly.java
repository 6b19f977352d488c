package org.ivrpractice.channels.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint that acts for the server's operator (it places calls, writes files, changes what the
 * server does): {@link OperatorGuard} answers 404 while its {@link OperatorSwitch} is off, 401
 * without a signed-in user, 403 for a user without the role {@value OperatorGuard#ROLE}, each as
 * {@code application/problem+json}, before the endpoint reads its body.
 *
 * <pre>{@code
 * @PUT
 * @OperatorOnly(OperatorSwitch.EDITOR_SAVE)
 * public Response save(...)
 * }</pre>
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OperatorOnly {

  /** The setting that turns the endpoint on. */
  OperatorSwitch value() default OperatorSwitch.ALWAYS;
}
