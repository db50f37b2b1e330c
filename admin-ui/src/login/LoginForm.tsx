import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { email, Form, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { describeLoginError, type LoginErrorMessage } from './loginError';

type Credentials = { email: string; password: string };

/** Email + password through authProvider.login; failures stay on screen until the next attempt. */
export const LoginForm = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginErrorMessage | null>(null);

  const submit = async (values: Partial<Credentials>) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values);
    } catch (failure) {
      setError(describeLoginError(failure));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate mode="onSubmit">
      {error && (
        <Alert severity="error" role="alert" sx={{ mb: 2, borderRadius: 2 }}>
          {translate(error.key, { _: error.key, ...error.args })}
        </Alert>
      )}
      <TextInput
        source="email"
        type="email"
        label={translate('crm.login.email')}
        autoComplete="username"
        autoFocus
        fullWidth
        validate={[required(), email()]}
      />
      <PasswordInput source="password" label={translate('crm.login.password')} autoComplete="current-password" fullWidth validate={required()} />
      <Box sx={{ mt: 2 }}>
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={submitting}
          startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : <LockOutlinedIcon />}
          sx={{ py: 1.25 }}
        >
          {translate(submitting ? 'crm.login.signing_in' : 'crm.login.submit')}
        </Button>
      </Box>
    </Form>
  );
};
