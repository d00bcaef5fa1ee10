// Conformance case 'iam-federated-principals': aws-iam principals.test.ts: FederatedPrincipal,
// WebIdentityPrincipal with session tags, withSessionTags before and after withConditions,
// OpenIdConnectPrincipal and SamlPrincipal of imported providers, SamlConsolePrincipal in each
// partition's region (its SAML:aud), statement.addFederatedPrincipal, a composite with session tags.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new iam.Role(stack, 'Federated', { assumedBy: new iam.FederatedPrincipal('federated') });
new iam.Role(stack, 'FederatedAction', {
  assumedBy: new iam.FederatedPrincipal('graph.facebook.com', { StringEquals: { 'graph.facebook.com:app_id': '42' } },
    'sts:AssumeRoleWithWebIdentity'),
  externalIds: ['ext'],
});
new iam.Role(stack, 'WebIdentity', {
  assumedBy: new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', {
    'StringEquals': { 'cognito-identity.amazonaws.com:aud': 'asdf' },
    'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
  }).withSessionTags(),
});
new iam.Role(stack, 'Role', {
  assumedBy: new iam.ServicePrincipal('s3.amazonaws.com')
    .withConditions({ StringEquals: { hairColor: 'blond' } })
    .withSessionTags(),
});
new iam.Role(stack, 'Role2', {
  assumedBy: new iam.ServicePrincipal('s3.amazonaws.com')
    .withSessionTags()
    .withConditions({ StringEquals: { hairColor: 'blond' } }),
});
new iam.Role(stack, 'Composite', {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal('lambda.amazonaws.com'),
    new iam.AccountPrincipal('123456789012'),
  ).withSessionTags(),
});
const oidc = iam.OpenIdConnectProvider.fromOpenIdConnectProviderArn(stack, 'Oidc',
  'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com');
new iam.Role(stack, 'GitHub', {
  assumedBy: new iam.OpenIdConnectPrincipal(oidc, {
    StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:me/*' },
  }),
});
const saml = iam.SamlProvider.fromSamlProviderArn(stack, 'Corp', 'arn:aws:iam::123456789012:saml-provider/Corp');
new iam.Role(stack, 'Saml', { assumedBy: new iam.SamlPrincipal(saml) });
new iam.Role(stack, 'SamlConsole', {
  assumedBy: new iam.SamlConsolePrincipal(saml, {
    StringEquals: { 'SAML:sub': 'dropped' }, StringLike: { 'SAML:iss': 'corp*' },
  }),
});
const statement = new iam.PolicyStatement({ actions: ['sts:AssumeRoleWithWebIdentity'], resources: ['*'] });
statement.addFederatedPrincipal('cognito-identity.amazonaws.com', {
  StringEquals: { 'cognito-identity.amazonaws.com:aud': 'pool' },
});
new cdk.CfnResource(stack, 'Doc', {
  type: 'Custom::Doc',
  properties: { Document: new iam.PolicyDocument({ statements: [statement] }) },
});

for (const region of ['us-east-1', 'cn-northwest-1', 'us-gov-east-1', 'us-iso-east-1', 'us-isob-east-1', 'us-isof-east-1']) {
  const s = new cdk.Stack(app, `Saml-${region}`, { env: { region } });
  const provider = iam.SamlProvider.fromSamlProviderArn(s, 'MyProvider', 'arn:aws:iam::123456789012:saml-provider/P');
  new iam.Role(s, 'Role', { assumedBy: new iam.SamlConsolePrincipal(provider) });
}
app.synth();
