export { SignOutDocument, signsOut } from './api/auth.commands';
