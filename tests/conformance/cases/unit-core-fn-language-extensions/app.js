// Conformance case 'unit-core-fn-language-extensions': aws-cdk's core fn.test.ts, the Fn functions
// beyond one intrinsic: Fn.split of a token with an assumed length (a list of Fn::Selects),
// Fn.importListValue with and without one, Fn.toJsonString of a token and of a literal (tokens inside
// kept), Fn.len of a split token and of a literal list; the tokens of the last two add the
// AWS::LanguageExtensions transform to the stack resolving them, and an unused one adds nothing.
'use strict';
const cdk = require('aws-cdk-lib');
const { Fn } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const splittable = new cdk.CfnParameter(stack, 'Splittable').valueAsString;
new cdk.CfnResource(stack, 'Lists', {
  type: 'Test::Lists',
  properties: {
    Assumed: Fn.split(',', splittable, 3),
    Literal: Fn.split(',', 'a,b', 3),
    ImportKnown: Fn.importListValue('ExportName', 3),
    ImportUnknown: Fn.importListValue('ExportName'),
    ImportDelimiter: Fn.importListValue('ExportName', 2, '|'),
  },
});
new cdk.CfnOutput(stack, 'JsonLiteral', { value: Fn.toJsonString({ key: 'value' }) });
new cdk.CfnOutput(stack, 'JsonWithToken', { value: Fn.toJsonString({ key: 'value', list: [1, true, splittable] }) });
new cdk.CfnOutput(stack, 'LenLiteral', { value: String(Fn.len(Fn.split('|', 'a|b|c'))) });

const ext = new cdk.Stack(app, 'Extensions');
const param = new cdk.CfnParameter(ext, 'Param').valueAsString;
new cdk.CfnOutput(ext, 'Json', { value: Fn.toJsonString(Token(ext)) });
new cdk.CfnOutput(ext, 'Len', { value: cdk.Tokenization.stringifyNumber(Fn.len(Fn.split('|', param))) });

function Token(scope) {
  return Fn.join('', [new cdk.CfnParameter(scope, 'Obj').valueAsString]);
}

// one token in a stack that also references another stack: the transform once (a string)
const single = new cdk.Stack(app, 'Single');
new cdk.CfnOutput(single, 'Len', { value: cdk.Tokenization.stringifyNumber(Fn.len(Fn.split('|', splittable))) });
new cdk.CfnOutput(single, 'Other', { value: splittable });

const unused = new cdk.Stack(app, 'Unused');
new cdk.CfnParameter(unused, 'P');
Fn.len(Fn.split('|', new cdk.CfnParameter(unused, 'Q').valueAsString));
app.synth();
