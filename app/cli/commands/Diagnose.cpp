#include "commands/Commands.h"

#include "diagnostics/FirewallDiagnosis.h"

using namespace kluis::core;

namespace kluis::cli {

QCoro::Task<int> diagnoseCommand(Context &context)
{
    const auto uriOrName = context.option(QStringLiteral("vault"));
    if (uriOrName.isEmpty())
        co_return context.usage(QStringLiteral("diagnose needs --vault URI|NAME."));
    const auto url = KeyVaultClient::vaultUrlFor(uriOrName, context.cloud());
    if (!url)
        co_return context.fail(url.error());
    // A diagnosis is for a human waiting at a prompt: fail fast instead of retrying a minute,
    // in the sign-in made below as well.
    RetryPolicy retry;
    retry.maxRetries = 0;
    context.pipeline().setRetryPolicy(retry);
    context.pipeline().setTimeout(std::chrono::seconds(10));
    HttpPipeline::setDefaultRetryPolicy(retry, std::chrono::seconds(10));

    // First the call that matters: one page of secrets. Its failure (or success) is what the
    // diagnosis explains.
    std::optional<AzureError> failure;
    if (!context.signIn()) {
        failure = context.signInError();
    } else {
        const KeyVaultClient client(&context.pipeline(), url.value(),
                                    context.option(QStringLiteral("api-version")));
        const auto page = co_await client.list<SecretItem>();
        if (!page)
            failure = page.error();
    }
    FirewallDiagnosis diagnosis(&context.pipeline(), {url.value(), failure, {}, {}});
    const auto result = co_await diagnosis.run();
    if (context.json())
        context.printJson(result.toJson());
    else
        context.print(result.toMarkdown());
    co_return exitCodeFor(result.cause);
}

} // namespace kluis::cli
