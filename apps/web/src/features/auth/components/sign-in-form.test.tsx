import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/graphql';
import { signInFailureMessage } from './sign-in-failure';
import { SignInForm } from './sign-in-form';
import { validateSignIn } from './validate-sign-in';

afterEach(cleanup);

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('validateSignIn', () => {
  it('asks for both fields when both are empty', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
  });

  it('rejects an address without a domain and accepts a well-formed one', () => {
    expect(validateSignIn({ email: 'consultant@meridian', password: 'x' }).email).toBe('Enter an email address in the correct format, like name@example.com');
    expect(validateSignIn({ email: '  consultant@meridian.example ', password: 'x' })).toEqual({});
  });
});

describe('SignInForm', () => {
  it('labels both fields and marks them required', () => {
    render(<SignInForm onSubmit={() => {}} />);
    expect(screen.getByLabelText('Email address')).toHaveProperty('type', 'email');
    expect(screen.getByLabelText('Password')).toHaveProperty('type', 'password');
    expect(screen.getByLabelText('Email address').getAttribute('aria-required')).toBe('true');
  });

  it('does not submit an empty form and lists each problem, linked to its field', () => {
    const onSubmit = vi.fn();
    render(<SignInForm onSubmit={onSubmit} />);
    submit();

    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const emailLink = screen.getByRole('link', { name: 'Enter your email address' });
    expect(emailLink.getAttribute('href')).toBe(`#${screen.getByLabelText('Email address').id}`);
    expect(screen.getByRole('link', { name: 'Enter your password' })).toBeTruthy();
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');
    // The field-level message is tied to the input for screen readers.
    const describedBy = screen.getByLabelText('Password').getAttribute('aria-describedby') ?? '';
    const described = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('Enter your password');
  });

  it('submits trimmed credentials once the fields are valid', () => {
    const onSubmit = vi.fn();
    render(<SignInForm onSubmit={onSubmit} />);
    fill('Email address', ' consultant@meridian.example ');
    fill('Password', 'orgledger-demo-2026');
    submit();

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({ email: 'consultant@meridian.example', password: 'orgledger-demo-2026' });
    expect(screen.queryByText('There is a problem')).toBeNull();
  });

  it('clears a fixed problem on the next submit', () => {
    const onSubmit = vi.fn();
    render(<SignInForm onSubmit={onSubmit} />);
    fill('Password', 'secret');
    submit();
    expect(screen.getByRole('link', { name: 'Enter your email address' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Enter your password' })).toBeNull();

    fill('Email address', 'hr@northshire.example');
    submit();
    expect(screen.queryByRole('link', { name: 'Enter your email address' })).toBeNull();
    expect(onSubmit).toHaveBeenCalledWith({ email: 'hr@northshire.example', password: 'secret' });
  });

  it('shows a server failure as an alert', () => {
    render(<SignInForm onSubmit={() => {}} failure="Email or password is not right" />);
    expect(screen.getByRole('alert').textContent).toBe('Email or password is not right');
  });
});

describe('signInFailureMessage', () => {
  it('gives one answer for a wrong password and an unknown email, whatever the API says', () => {
    const wrongPassword = new ApiError('UNAUTHENTICATED', 'Email or password is not right.', 'SIGN_IN_FAILED');
    const badInput = new ApiError('BAD_USER_INPUT', 'email must be an email');
    expect(signInFailureMessage(wrongPassword)).toBe('Email or password is not right');
    expect(signInFailureMessage(badInput)).toBe('Email or password is not right');
  });

  it('passes on the throttling message, and apologises for anything else', () => {
    const throttled = new ApiError('UNAUTHENTICATED', 'Too many failed sign-ins. Try again in 15 minutes.', 'TOO_MANY_ATTEMPTS');
    expect(signInFailureMessage(throttled)).toBe('Too many failed sign-ins. Try again in 15 minutes.');
    expect(signInFailureMessage(new ApiError('NETWORK_ERROR', 'offline'))).toMatch(/^Sorry, we could not sign you in/);
    expect(signInFailureMessage(null)).toBeNull();
  });
});
