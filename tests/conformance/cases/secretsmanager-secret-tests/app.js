// Conformance case 'secretsmanager-secret-tests': aws-cdk's secret.test.ts, the tests no other case
// ports, a stack per test: secretValue in a resource, the deprecated fromSecretArn (suffixes of 5 and
// 6 characters, twice) and fromSecretName (grants on `name*`), the values and
// cfnDynamicReferenceKey of imports by complete / partial ARN and by name, a token ARN of another
// stack, cross-environment grants (a Secret, complete and partial ARN imports), and a function
// reading a secret's JSON field from its environment.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App();
const arn = 'arn:aws:secretsmanager:eu-west-1:11111111111111:secret:MySecret-f3gDy9';
const partialArn = 'arn:aws:secretsmanager:eu-west-1:11111111111111:secret:MySecret';
// the values go into a resource's properties (dynamic references to Secrets Manager are only
// valid there), one per stack, made at the end of each block
const values = (stack) => {
  const properties = {};
  return { set: (id, value) => { properties[id] = value; }, done: () => new cdk.CfnResource(stack, 'Values', { type: 'CDK::Phony::Values', properties }) };
};
const rootRole = (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });

// 'secretValue'
{
  const stack = new cdk.Stack(app, 'T1');
  const v = values(stack);
  const key = new kms.Key(stack, 'KMS');
  const secret = new sm.Secret(stack, 'Secret', { encryptionKey: key });
  // unwrapped: under @aws-cdk/core:checkSecretUsage a SecretValue in a property is an error
  new cdk.CfnResource(stack, 'FakeResource', { type: 'CDK::Phony::Resource', properties: { value: secret.secretValue.unsafeUnwrap() } });
  v.set('Json', secret.secretValueFromJson('password').unsafeUnwrap());
  v.done();
}
// 'import by secretArn', '... supports secret ARNs without suffixes', '... does not strip suffixes
// unless the suffix length is six', '... guesses at complete or partial ARN'
{
  const stack = new cdk.Stack(app, 'T2');
  const v = values(stack);
  const a = sm.Secret.fromSecretArn(stack, 'Secret', arn);
  v.set('AArn', a.secretArn);
  v.set('AFull', a.secretFullArn);
  v.set('AName', a.secretName);
  v.set('AValue', a.secretValue.unsafeUnwrap());
  v.set('AJson', a.secretValueFromJson('password').unsafeUnwrap());
  const b = sm.Secret.fromSecretArn(stack, 'SecretWithout', partialArn);
  v.set('BArn', b.secretArn);
  v.set('BName', b.secretName);
  v.set('Name5', sm.Secret.fromSecretArn(stack, 'Secret5', 'arn:aws:secretsmanager:eu-west-1:11111111111111:secret:github-token').secretName);
  v.set('Name6', sm.Secret.fromSecretArn(stack, 'Secret6', 'arn:aws:secretsmanager:eu-west-1:11111111111111:secret:github-token-f3gDy9').secretName);
  v.set('Name6Twice', sm.Secret.fromSecretArn(stack, 'Secret6Twice', 'arn:aws:secretsmanager:eu-west-1:11111111111111:secret:github-token-f3gDy9-acb123').secretName);
  const role = rootRole(stack);
  a.grantRead(role);
  b.grantRead(role);
  v.done();
}
// 'fromSecretCompleteArn', 'fromSecretPartialArn', 'import by attributes', the dynamicReferenceKey tests
{
  const stack = new cdk.Stack(app, 'T3');
  const v = values(stack);
  const complete = sm.Secret.fromSecretCompleteArn(stack, 'Secret', arn);
  v.set('CValue', complete.secretValue.unsafeUnwrap());
  v.set('CJson', complete.secretValueFromJson('password').unsafeUnwrap());
  v.set('KeyStage', complete.cfnDynamicReferenceKey({ jsonField: 'json-key', versionStage: 'version-stage' }));
  v.set('KeyId', complete.cfnDynamicReferenceKey({ jsonField: 'json-key', versionId: 'version-id' }));
  v.set('KeyDefaults', complete.cfnDynamicReferenceKey());
  const partial = sm.Secret.fromSecretPartialArn(stack, 'Partial', partialArn);
  v.set('PValue', partial.secretValue.unsafeUnwrap());
  v.set('PJson', partial.secretValueFromJson('password').unsafeUnwrap());
  const key = new kms.Key(stack, 'KMS');
  const attrs = sm.Secret.fromSecretAttributes(stack, 'Attrs', { secretCompleteArn: arn, encryptionKey: key });
  v.set('AttrsJson', attrs.secretValueFromJson('password').unsafeUnwrap());
  // 'equivalence of SecretValue and Secret.fromSecretAttributes'
  v.set('Equivalent', cdk.SecretValue.secretsManager(arn, { jsonField: 'password' }).unsafeUnwrap());
  v.done();
}
// 'import by secret name', 'import by secret name with grants'
{
  const stack = new cdk.Stack(app, 'T4');
  const v = values(stack);
  const role = rootRole(stack);
  const secret = sm.Secret.fromSecretName(stack, 'Secret', 'MySecret');
  secret.grantRead(role);
  secret.grantWrite(role);
  v.set('Arn', secret.secretArn);
  v.set('Name', secret.secretName);
  v.set('Value', secret.secretValue.unsafeUnwrap());
  v.set('Json', secret.secretValueFromJson('password').unsafeUnwrap());
  v.done();
}
// 'import by secret name v2' (its secretValue)
{
  const stack = new cdk.Stack(app, 'T5');
  const v = values(stack);
  const secret = sm.Secret.fromSecretNameV2(stack, 'Secret', 'MySecret');
  v.set('Value', secret.secretValue.unsafeUnwrap());
  v.set('Arn', secret.secretArn);
  v.done();
}
// 'import by secretArn supports tokens for ARNs'
{
  const stackA = new cdk.Stack(app, 'StackA');
  const stackB = new cdk.Stack(app, 'StackB');
  const secretA = new sm.Secret(stackA, 'SecretA');
  const secretB = sm.Secret.fromSecretCompleteArn(stackB, 'SecretB', secretA.secretArn);
  new cdk.CfnOutput(stackB, 'secretBSecretName', { value: secretB.secretName });
  const v = values(stackB);
  v.set('secretBValue', secretB.secretValueFromJson('user').unsafeUnwrap());
  secretB.grantRead(rootRole(stackB));
  v.done();
}
// 'cross-environment grant with direct object reference', '... imported from completeArn', '... from partialArn'
{
  const producer = new cdk.Stack(app, 'ProducerStack', { env: { region: 'foo', account: '111111111111' } });
  const consumer = new cdk.Stack(app, 'ConsumerStack', { env: { region: 'bar', account: '111111111111' } });
  const secret = new sm.Secret(producer, 'Secret', { secretName: 'MySecret' });
  const complete = sm.Secret.fromSecretCompleteArn(producer, 'Complete', 'arn:aws:secretsmanager:foobar:111111111111:secret:secret-name-suffix');
  const partial = sm.Secret.fromSecretPartialArn(producer, 'Partial', 'arn:aws:secretsmanager:foobar:111111111111:secret:secret-name');
  const role = rootRole(consumer);
  secret.grantRead(role);
  complete.grantRead(role);
  partial.grantRead(role);
}
// a function reading a secret's field (secretValueFromJson in its environment)
{
  const stack = new cdk.Stack(app, 'T8');
  const secret = new sm.Secret(stack, 'Secret', {
    generateSecretString: { generateStringKey: 'password', secretStringTemplate: '{"username":"admin"}' },
  });
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    environment: {
      USERNAME: secret.secretValueFromJson('username').unsafeUnwrap(),
      WHOLE: secret.secretValue.unsafeUnwrap(),
      IMPORTED: sm.Secret.fromSecretNameV2(stack, 'ByName', 'db').secretValueFromJson('host').unsafeUnwrap(),
    },
  });
  secret.grantRead(fn);
}
// 'fromSecretCompleteArn - can be assigned to a property with type number'
{
  const stack = new cdk.Stack(app, 'T9');
  const secret = sm.Secret.fromSecretCompleteArn(stack, 'Secret', arn);
  new lambda.Function(stack, 'MyFunction', {
    code: lambda.Code.fromInline('foo'),
    handler: 'bar',
    runtime: lambda.Runtime.NODEJS_22_X,
    // unwrapped: under @aws-cdk/core:checkSecretUsage a SecretValue there is an error
    memorySize: cdk.Token.asNumber(secret.secretValueFromJson('LambdaFunctionMemorySize').unsafeUnwrap()),
  });
}
// secretName: 'selects the 3 / 4 parts of the resource name when the secret name is provided',
// 'uses existing Tokens as secret names as-is'
{
  const stack = new cdk.Stack(app, 'T10');
  const three = new sm.Secret(stack, 'Three', { secretName: 'my-secret-hyphenated' });
  const four = new sm.Secret(stack, 'Four', { secretName: 'my-secret-with-hyphens' });
  const secret1 = new sm.Secret(stack, 'Secret1');
  const secret2 = new sm.Secret(stack, 'Secret2', { secretName: secret1.secretName });
  for (const [id, s] of [['ThreeName', three], ['FourName', four], ['MySecretName1', secret1], ['MySecretName2', secret2]]) {
    new cdk.CfnOutput(stack, id, { value: s.secretName });
  }
}
app.synth();
