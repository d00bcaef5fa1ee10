// Conformance case 'secretsmanager-secret-values': Secret's generateSecretString (every field, in
// CloudFormation's order; a template with its key), secretStringValue (plain text, and a token) and
// secretObjectValue (values with a token: the JSON text becomes an Fn::Join).
'use strict';
const cdk = require('aws-cdk-lib');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new secretsmanager.Secret(stack, 'Generated', {
  generateSecretString: {
    excludeCharacters: '"@/\\',
    excludeLowercase: false,
    excludeNumbers: true,
    excludePunctuation: true,
    excludeUppercase: false,
    generateStringKey: 'password',
    includeSpace: false,
    passwordLength: 32,
    requireEachIncludedType: true,
    secretStringTemplate: JSON.stringify({ username: 'admin' }),
  },
});
new secretsmanager.Secret(stack, 'Length', { generateSecretString: { passwordLength: 16 } });
new secretsmanager.Secret(stack, 'Plain', { secretStringValue: cdk.SecretValue.unsafePlainText('hello "world"') });
const param = new cdk.CfnParameter(stack, 'Param', { noEcho: true });
new secretsmanager.Secret(stack, 'FromParam', { secretStringValue: cdk.SecretValue.cfnParameter(param) });
new secretsmanager.Secret(stack, 'Object', {
  secretObjectValue: {
    username: cdk.SecretValue.unsafePlainText('admin'),
    database: cdk.SecretValue.unsafePlainText('foo'),
    password: cdk.SecretValue.cfnParameter(param),
  },
});
app.synth();
